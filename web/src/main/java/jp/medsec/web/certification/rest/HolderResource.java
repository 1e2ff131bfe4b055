package jp.medsec.web.certification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.medsec.account.Role;
import jp.medsec.certification.Certification;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.Holder;
import jp.medsec.certification.HolderDetail;
import jp.medsec.certification.HolderRegistry;
import jp.medsec.certification.HolderSearch;
import jp.medsec.certification.HolderSummary;
import jp.medsec.web.api.ApiException;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Holder search and detail for association staff's own tools. Parameters are checked here, each named in its error. */
@Path("holders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.STAFF_NAME)
public class HolderResource {

    static final int MAX_PAGE_SIZE = 200;

    /** One page of a search. */
    public record Page(long total, int page, int size, List<HolderSummary> items) {
    }

    /** A holder with certifications (history is on the staff page). */
    public record HolderView(long id, String familyName, String givenName, String familyNameKana, String givenNameKana,
                             LocalDate birthDate, String email, int prefectureCode, String prefecture, Long institutionId,
                             String institution, boolean directoryConsent, List<CertificationView> certifications) {
    }

    public record CertificationView(String certificateNumber, CertificationType type, CertificationStatus status,
                                    LocalDate firstCertifiedOn, LocalDate validFrom, LocalDate validUntil) {
    }

    @Inject
    private HolderRegistry registry;

    @GET
    public Page search(@QueryParam("q") String text, @QueryParam("type") String type, @QueryParam("status") String status,
                       @QueryParam("prefecture") String prefecture, @QueryParam("sort") @DefaultValue("KANA") String sort,
                       @QueryParam("order") @DefaultValue("asc") String order,
                       @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("20") String size) {
        if (text != null && text.length() > 100) {
            throw ApiException.badParameter("q", "at most 100 characters");
        }
        HolderSearch search = new HolderSearch(text, enumParam("type", type, CertificationType.class),
                enumParam("status", status, CertificationStatus.class), prefectureParam(prefecture));
        HolderSearch.Sort sortBy = enumParam("sort", sort, HolderSearch.Sort.class);
        if (!"asc".equalsIgnoreCase(order) && !"desc".equalsIgnoreCase(order)) {
            throw ApiException.badParameter("order", "must be asc or desc");
        }
        int pageNumber = intParam("page", page, 0, 1_000_000);
        int pageSize = intParam("size", size, 1, MAX_PAGE_SIZE);
        long total = registry.count(search);
        List<HolderSummary> items = registry.search(search, sortBy, "asc".equalsIgnoreCase(order),
                (int) Math.min(Integer.MAX_VALUE, (long) pageNumber * pageSize), pageSize);
        return new Page(total, pageNumber, pageSize, items);
    }

    @GET
    @Path("{id}")
    public HolderView detail(@PathParam("id") String id) {
        long holderId;
        try {
            holderId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("id", "must be a number");
        }
        HolderDetail detail = registry.detail(holderId)
                .orElseThrow(() -> ApiException.notFound("There is no holder " + holderId + "."));
        Holder h = detail.holder();
        return new HolderView(h.getId(), h.getFamilyName(), h.getGivenName(), h.getFamilyNameKana(), h.getGivenNameKana(),
                h.getBirthDate(), h.getEmail(), h.getPrefecture().getCode(), h.getPrefecture().getNameJa(),
                h.getInstitution() == null ? null : h.getInstitution().getId(),
                h.getInstitution() == null ? null : h.getInstitution().getName(), h.isDirectoryConsent(),
                detail.certifications().stream().map(HolderResource::view).toList());
    }

    private static CertificationView view(Certification c) {
        return new CertificationView(c.getCertificateNumber(), c.getType(), c.getStatus(), c.getFirstCertifiedOn(),
                c.getValidFrom(), c.getValidUntil());
    }

    static <E extends Enum<E>> E enumParam(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static Integer prefectureParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return intParam("prefecture", value, 1, 47);
    }

    static int intParam(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw ApiException.badParameter(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be a whole number between " + min + " and " + max);
        }
    }
}
