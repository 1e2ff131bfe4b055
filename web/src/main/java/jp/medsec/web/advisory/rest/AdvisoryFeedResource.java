package jp.medsec.web.advisory.rest;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jp.medsec.advisory.Advisories;
import jp.medsec.advisory.Advisory;
import jp.medsec.web.PublicAddress;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * {@code GET /api/v1/advisories/feed}, exactly as API.md: an Atom 1.0 feed of the published advisories, newest first
 * (the newest {@value Advisories#PAGE}), for anyone. Each entry: a stable URN, the title and a summary in Japanese, the
 * publication time, the severity as the category's term, and a link to the advisory's public page. Nothing about who
 * acknowledged what.
 */
@Path("advisories")
@PermitAll
public class AdvisoryFeedResource {

    public static final String ATOM = "application/atom+xml";
    private static final int SUMMARY_LENGTH = 400;

    @Inject
    private Advisories advisories;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("feed")
    @Produces(ATOM)
    public Response feed() throws FeedException {
        String base = PublicAddress.of(request);
        List<Advisory> published = advisories.published();
        Feed feed = new Feed("atom_1.0");
        feed.setId("urn:medsec:advisories");
        feed.setTitle("MedSec Registry 注意喚起（医療機関の情報セキュリティ）");
        feed.setLanguage("ja");
        com.rometools.rome.feed.atom.Person publisher = new com.rometools.rome.feed.atom.Person();
        publisher.setName("MedSec Registry");
        feed.setAuthors(List.of(publisher));
        feed.setUpdated(published.isEmpty() ? new Date(0) : Date.from(published.get(0).getPublishedAt()));
        Link self = new Link();
        self.setRel("self");
        self.setType(ATOM);
        self.setHref(base + "/api/v1/advisories/feed");
        feed.setOtherLinks(List.of(self));
        List<Entry> entries = new ArrayList<>(published.size());
        for (Advisory advisory : published) {
            Entry entry = new Entry();
            entry.setId("urn:medsec:advisory:" + advisory.getId());
            entry.setTitle(advisory.getTitleJa());
            entry.setUpdated(Date.from(advisory.getPublishedAt()));
            entry.setPublished(Date.from(advisory.getPublishedAt()));
            Content summary = new Content();
            summary.setType(Content.TEXT);
            summary.setValue(summary(advisory.getTextJa()));
            entry.setSummary(summary);
            Category severity = new Category();
            severity.setTerm(advisory.getSeverity().name());
            entry.setCategories(List.of(severity));
            Link page = new Link();
            page.setRel("alternate");
            page.setType("text/html");
            page.setHref(base + "/advisory.xhtml?id=" + advisory.getId());
            entry.setAlternateLinks(List.of(page));
            entries.add(entry);
        }
        feed.setEntries(entries);
        String xml = new WireFeedOutput().outputString(feed);
        return Response.ok(xml, ATOM + "; charset=UTF-8").build();
    }

    private static String summary(String text) {
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
