package jp.medsec.institution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jp.medsec.account.PasswordHashes;
import jp.medsec.account.Role;
import jp.medsec.account.UserAccount;
import jp.medsec.geo.Prefecture;
import jp.medsec.shared.RuleViolation;

/**
 * The association registers institutions and gives each its officer account; the officer then keeps the security
 * organisation, audits and checklist. (Staff otherwise only read institutions.)
 */
@Stateless
@RolesAllowed(Role.STAFF_NAME)
public class InstitutionRegistry {

    public static final int MIN_PASSWORD = 12;

    @PersistenceContext(unitName = "medsec")
    private EntityManager em;

    public long register(@NotNull String institutionCode, @NotNull String name, int prefectureCode, String municipality, int beds, @NotNull InstitutionKind kind,
                         String corporateGroup, @NotNull InstitutionTier tier, boolean regionallyCritical, boolean onPremises) {
        Prefecture prefecture = em.find(Prefecture.class, prefectureCode);
        if (prefecture == null) {
            throw new jp.medsec.shared.NotFound("prefecture: there is no prefecture " + prefectureCode);
        }
        if (name.isBlank() || name.strip().length() > 200) {
            throw new RuleViolation("registry.name", "name: 1 to 200 characters are required");
        }
        boolean taken = !em.createQuery("select i.id from Institution i where i.name = :n and i.prefecture = :p", Long.class)
                .setParameter("n", name.strip()).setParameter("p", prefecture).getResultList().isEmpty();
        if (taken) {
            throw new RuleViolation("registry.nameTaken", "name: " + name.strip() + " is already registered in this prefecture",
                    name.strip());
        }
        InstitutionCode code;
        try {
            code = InstitutionCode.parse(institutionCode);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("registry.code", "institutionCode: 10 digits (prefecture, 1 or 3, seven digits) are "
                    + "required, was " + institutionCode, institutionCode);
        }
        if (code.prefectureCode() != prefectureCode) {
            throw new RuleViolation("registry.codePrefecture", "institutionCode: " + code + " does not begin with the "
                    + "prefecture's code " + String.format("%02d", prefectureCode), code.value(), String.format("%02d", prefectureCode));
        }
        boolean codeTaken = !em.createQuery("select i.id from Institution i where i.institutionCode = :c", Long.class)
                .setParameter("c", code.value()).getResultList().isEmpty();
        if (codeTaken) {
            throw new RuleViolation("registry.codeTaken", "institutionCode: " + code + " is already registered", code.value());
        }
        Institution institution = new Institution(code, name, prefecture, kind, beds, tier);
        institution.place(municipality, corporateGroup);
        institution.describeSystems(beds, regionallyCritical, onPremises);
        em.persist(institution);
        return institution.getId();
    }

    /** The institution's officer account; the password is given to the officer, who should change it. */
    public void createOfficer(long institutionId, @NotNull String username, @NotNull String displayName, @NotNull char[] password) {
        if (em.find(Institution.class, institutionId) == null) {
            throw new jp.medsec.shared.NotFound("There is no institution " + institutionId);
        }
        String user = username.strip();
        if (!user.matches("[A-Za-z0-9._-]{3,64}")) {
            throw new RuleViolation("registry.username", "username: 3 to 64 letters, digits, '.', '_' or '-'");
        }
        if (password.length < MIN_PASSWORD) {
            throw new RuleViolation("registry.password", "password: at least " + MIN_PASSWORD + " characters", MIN_PASSWORD);
        }
        if (displayName.isBlank() || displayName.strip().length() > 100) {
            throw new RuleViolation("registry.displayName", "displayName: 1 to 100 characters are required");
        }
        boolean taken = !em.createQuery("select a.id from UserAccount a where a.username = :u", Long.class)
                .setParameter("u", user).getResultList().isEmpty();
        if (taken) {
            throw new RuleViolation("registry.usernameTaken", "username: " + user + " is taken", user);
        }
        em.persist(UserAccount.officer(user, PasswordHashes.hash(password), displayName.strip(), institutionId));
    }
}
