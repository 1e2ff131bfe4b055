package jp.medsec.web.peercheck.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.medsec.peercheck.PeerCheckCalendar;
import jp.medsec.web.api.ApiException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code GET /api/v1/institutions/{institutionCode}/calendar.ics?token=} (API.md): every dated step of the
 * institution's checks as all-day events for calendar clients, a stable UID per step, SEQUENCE raised on every change,
 * TENTATIVE until both sides confirm. The token is the feed's secret: a wrong one is 404. With {@code check=} the file
 * holds that one check (the officer page's download).
 */
@Path("institutions/{institutionCode}/calendar.ics")
@PermitAll
public class CalendarResource {

    @Inject
    private PeerCheckCalendar calendar;

    @GET
    @Produces("text/calendar")
    public Response feed(@PathParam("institutionCode") String institutionCode, @QueryParam("token") String token,
                         @QueryParam("check") String check) {
        Long checkId = null;
        if (check != null && !check.isBlank()) {
            if (!check.matches("[0-9]{1,18}")) {
                throw ApiException.badParameter("check", "must be a check's number, was '" + check + "'");
            }
            checkId = Long.parseLong(check);
        }
        Calendar ics = new Calendar();
        ics.add(new ProdId("-//MedSec Registry//Mutual security checks//JA"));
        ics.add(ImmutableVersion.VERSION_2_0);
        ics.add(ImmutableCalScale.GREGORIAN);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (PeerCheckCalendar.Entry e : calendar.entries(institutionCode, token, checkId)) {
            VEvent event = new VEvent(e.date(), e.summary());
            event.add(new Uid(e.uid()));
            event.add(new DtStamp(now));
            event.add(new Sequence(e.sequence()));
            event.add(e.confirmed() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_TENTATIVE);
            event.add(new Description(e.description()));
            ics.add(event);
        }
        String name = checkId == null ? "medsec-" + institutionCode + ".ics" : "peer-check-" + checkId + ".ics";
        return Response.ok(ics.toString(), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", (checkId == null ? "inline" : "attachment") + "; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
