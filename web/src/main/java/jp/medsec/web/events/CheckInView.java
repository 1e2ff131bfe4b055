package jp.medsec.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.events.AttendanceDesk;
import jp.medsec.events.CheckInResult;
import jp.medsec.events.Event;
import jp.medsec.events.EventCatalogue;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The reception desk of an event: type a certificate number, or scan the QR code on a holder's certificate (a hand
 * scanner types the verification URL, which holds the number), and press Enter.
 */
@Named
@ViewScoped
public class CheckInView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventCatalogue catalogue;

    @Inject
    private AttendanceDesk desk;

    @Inject
    private Messages messages;

    private String eventId;
    private Event event;
    private String scanned;
    private final List<CheckInResult> recent = new ArrayList<>();

    public void load() throws IOException {
        if (event != null) {
            return;
        }
        event = Pages.id(eventId).flatMap(catalogue::find).orElse(null);
        if (event == null) {
            Pages.notFound("No such event");
        }
    }

    public void checkIn() {
        CheckInResult result;
        try {
            result = desk.checkIn(event.getId(), scanned);
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
            return;
        }
        announce(result, messages);
        recent.add(0, result);
        if (recent.size() > 20) {
            recent.remove(recent.size() - 1);
        }
        scanned = null;
    }

    /** One line for the desk, coloured by outcome. */
    static void announce(CheckInResult result, Messages messages) {
        String key = "checkin." + result.outcome();
        String text = messages.format(key, result.holderName(), result.certificateNumber(), result.points());
        switch (result.outcome()) {
            case RECORDED -> FacesMessages.info(text);
            case ALREADY_RECORDED -> FacesMessages.warn(text);
            default -> FacesMessages.error(text);
        }
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public Event getEvent() {
        return event;
    }

    public String getScanned() {
        return scanned;
    }

    public void setScanned(String scanned) {
        this.scanned = scanned;
    }

    public List<CheckInResult> getRecent() {
        return recent;
    }
}
