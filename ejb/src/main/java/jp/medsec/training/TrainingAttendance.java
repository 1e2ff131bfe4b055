package jp.medsec.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.Role;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.InputRejected;
import jp.medsec.shared.JapaneseDates;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The officer records the hospital's own training session (講習会 or e-learning: day, kind, title) and who attended
 * it: the staff numbers of an attendance sheet, or everyone employed in a department on that day, or both. Each
 * attendance is one training record, as an uploaded line would be: recording the same session again adds nothing. Set
 * based: one statement per thousand people, never one entity per person.
 */
@Stateless
@RolesAllowed(Role.INSTITUTION_OFFICER_NAME)
public class TrainingAttendance {

    /** At most this many staff numbers in one go (a large hospital's whole staff). */
    public static final int MAX_NUMBERS = 20_000;
    private static final int CHUNK = 1_000;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    @Inject
    private InstitutionAccess access;

    /**
     * What recording did.
     *
     * @param added     attendances recorded now
     * @param already   attendances that were recorded before (the same person, day, kind and title)
     * @param unknown   staff numbers not on the hospital's roster, as typed
     */
    public record Recorded(int added, int already, List<String> unknown) implements java.io.Serializable {
    }

    public Recorded record(@NotNull(message = "{trainingSession.day.required}") LocalDate attendedOn,
                           @NotNull(message = "{trainingSession.kind.required}") TrainingKind kind, String title,
                           String provider, String staffNumbers, String department) {
        long institution = access.ownInstitutionId();
        if (attendedOn.isAfter(JapaneseDates.today())) {
            throw new InputRejected("trainingSession.future", "attendedOn: a session is recorded once it has taken "
                    + "place, was " + attendedOn, attendedOn.toString());
        }
        if (attendedOn.isBefore(LocalDate.of(2000, 1, 1))) {
            throw new InputRejected("trainingSession.tooEarly", "attendedOn: no earlier than 2000-01-01, was "
                    + attendedOn, attendedOn.toString());
        }
        String cleanTitle = text(title, "title", "trainingSession.required.title", "trainingSession.long.title");
        String cleanProvider = text(provider, "provider", null, "trainingSession.long.provider");
        Set<String> numbers = numbers(staffNumbers);
        String dept = department == null || department.isBlank() ? null : department.strip();
        if (numbers.isEmpty() && dept == null) {
            throw new InputRejected("trainingSession.nobody", "staffNumbers: enter who attended, or choose a department");
        }
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        List<String> all = new ArrayList<>(numbers);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<?> rows = em.createNativeQuery("SELECT id, staff_number FROM staff_member WHERE institution_id = :i "
                    + "AND staff_number IN (:numbers)").setParameter("i", institution).setParameter("numbers", chunk)
                    .getResultList();
            Set<String> found = new java.util.HashSet<>();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                ids.add(((Number) r[0]).longValue());
                found.add((String) r[1]);
            }
            chunk.stream().filter(n -> !found.contains(n)).forEach(unknown::add);
        }
        if (dept != null) {
            em.createNativeQuery("SELECT id FROM staff_member WHERE institution_id = :i AND department = :d "
                            + "AND employed_from <= :day AND (employed_until IS NULL OR employed_until >= :day)")
                    .setParameter("i", institution).setParameter("d", dept).setParameter("day", attendedOn)
                    .getResultList().forEach(id -> ids.add(((Number) id).longValue()));
        }
        int added = 0;
        List<Long> people = new ArrayList<>(ids);
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < people.size(); from += CHUNK) {
            List<Long> chunk = people.subList(from, Math.min(people.size(), from + CHUNK));
            added += em.createNativeQuery("INSERT IGNORE INTO training_record (staff_member_id, attended_on, kind, title, "
                            + "provider, recorded_at) SELECT s.id, :day, :kind, :title, :provider, :now FROM staff_member s "
                            + "WHERE s.institution_id = :i AND s.id IN (:ids)")
                    .setParameter("day", attendedOn).setParameter("kind", kind.name()).setParameter("title", cleanTitle)
                    .setParameter("provider", cleanProvider).setParameter("now", now).setParameter("i", institution)
                    .setParameter("ids", chunk).executeUpdate();
        }
        return new Recorded(added, people.size() - added, unknown);
    }

    private static Set<String> numbers(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> numbers = Arrays.stream(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                        .split("[\\s,、，;]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (numbers.size() > MAX_NUMBERS) {
            throw new InputRejected("trainingSession.tooMany", "staffNumbers: at most " + MAX_NUMBERS + " at once, were "
                    + numbers.size(), MAX_NUMBERS, numbers.size());
        }
        for (String n : numbers) {
            if (n.length() > 32) {
                throw new InputRejected("trainingSession.longNumber", "staffNumbers: a staff number has at most 32 "
                        + "characters: " + n, n);
            }
        }
        return numbers;
    }

    /** @param requiredCode the refusal of a blank value; null when it may be blank */
    private static String text(String value, String field, String requiredCode, String longCode) {
        String cleaned = value == null ? "" : value.strip();
        if (cleaned.isEmpty()) {
            if (requiredCode != null) {
                throw new InputRejected(requiredCode, field + ": required");
            }
            return null;
        }
        if (cleaned.length() > 200) {
            throw new InputRejected(longCode, field + ": at most 200 characters");
        }
        return cleaned;
    }
}
