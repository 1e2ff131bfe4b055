package jp.medsec.web.institution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.audit.Audits;
import jp.medsec.audit.Findings;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.organisation.DepartmentKind;
import jp.medsec.organisation.Evaluator;
import jp.medsec.organisation.OrganisationEvaluator;
import jp.medsec.organisation.SecurityOrganisation;
import jp.medsec.organisation.SecurityRoleKind;
import jp.medsec.personnel.ManagementMode;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.faces.Pages;
import jp.medsec.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One institution's page: its facts and tier recommendation, its security organisation with what the system judges of
 * it, and its audits. An officer sees their own at {@code /institution/home.xhtml} and may change it; staff open any at
 * {@code /staff/institution.xhtml?id=} to read it and start a staff audit.
 */
@Named
@ViewScoped
public class InstitutionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityOrganisation organisation;

    @Inject
    private Audits audits;

    @Inject
    private Findings findings;

    @Inject
    private InstitutionAccess access;

    @Inject
    private Messages messages;

    @Inject
    private jp.medsec.web.i18n.LanguageView language;

    @Inject
    private jp.medsec.audit.Catalogues catalogues;

    @Inject
    private jp.medsec.institution.InstitutionRegistry registry;

    private String officerUsername;
    private String officerName;
    private String officerPassword;

    private List<Evaluator> evaluators;

    private String id;
    private Long institutionId;
    private boolean editable;
    private SecurityOrganisation.Overview overview;
    private List<Audits.AuditSummary> auditList;
    private List<jp.medsec.audit.Finding> outstanding;

    // organisation form
    private boolean isDepartment;
    private boolean committee;
    private boolean groupAContract;
    private Integer beds;
    private boolean regionallyCritical;
    private boolean onPremises;
    // new department
    private String departmentName;
    private DepartmentKind departmentKind = DepartmentKind.DEPARTMENTAL_SYSTEMS;
    // new placement
    private SecurityRoleKind role = SecurityRoleKind.CISO;
    private String certificateNumber;
    private Long departmentId;
    private ManagementMode duty = ManagementMode.SENNIN;
    private LocalDate since;
    private String auditTitle;
    private String auditCatalogue = "";

    /** The officer's own institution (home page). */
    public void loadOwn() throws IOException {
        if (institutionId != null) {
            return;
        }
        try {
            institutionId = access.ownInstitutionId();
        } catch (RuntimeException e) {
            return; // the page says this account has no institution
        }
        editable = true;
        reload();
    }

    /** Any institution by id (staff). */
    public void loadById() throws IOException {
        if (institutionId != null) {
            return;
        }
        Long parsed = Pages.id(id).orElse(null);
        if (parsed == null) {
            Pages.notFound("No such institution");
            return;
        }
        institutionId = parsed;
        try {
            reload();
        } catch (RuntimeException e) {
            if (FacesMessages.refusal(e) != null) {
                institutionId = null;
                Pages.notFound("No such institution");
                return;
            }
            throw e;
        }
    }

    private void reload() {
        overview = organisation.overview(institutionId);
        evaluators = null;
        auditList = audits.of(institutionId);
        outstanding = findings.outstanding(institutionId);
        var i = overview.institution();
        isDepartment = i.isIsDepartment();
        committee = i.isSecurityCommittee();
        groupAContract = i.isGroupAContract();
        beds = i.getBeds();
        regionallyCritical = i.isRegionallyCritical();
        onPremises = i.isOnPremisesSystems();
    }

    public void saveFacts() {
        act(() -> {
            organisation.describe(institutionId, isDepartment, committee, groupAContract);
            organisation.describeSystems(institutionId, beds == null ? -1 : beds, regionallyCritical, onPremises);
        }, "org.saved");
    }

    public void addDepartment() {
        act(() -> organisation.addDepartment(institutionId, departmentName == null ? "" : departmentName, departmentKind),
                "org.departmentAdded");
        departmentName = null;
    }

    public void removeDepartment(long departmentId) {
        act(() -> organisation.removeDepartment(departmentId), "org.departmentRemoved");
    }

    public void assign() {
        if (role.needsDepartment() && departmentId == null) {
            FacesMessages.error(messages.get("org.departmentRequired"));
            return;
        }
        act(() -> organisation.assign(institutionId, role, certificateNumber == null ? "" : certificateNumber.strip(),
                role.needsDepartment() ? departmentId : null, duty, since), "org.assigned");
        certificateNumber = null;
    }

    public void unassign(long roleId) {
        act(() -> organisation.unassign(roleId), "org.unassigned");
    }

    /** Staff record the person's consent to a pending placement, after checking with them. */
    public void confirmOnBehalf(long roleId) {
        act(() -> organisation.confirmOnBehalf(roleId), "org.confirmedOnBehalf");
    }

    /** Staff give the institution an officer account. */
    public void createOfficer() {
        if (FacesMessages.attempt(() -> registry.createOfficer(institutionId, officerUsername == null ? "" : officerUsername,
                        officerName == null ? "" : officerName,
                        officerPassword == null ? new char[0] : officerPassword.toCharArray()),
                messages.format("org.officerCreated", officerUsername))) {
            officerUsername = officerName = officerPassword = null;
        }
    }

    public String getOfficerUsername() {
        return officerUsername;
    }

    public void setOfficerUsername(String officerUsername) {
        this.officerUsername = officerUsername;
    }

    public String getOfficerName() {
        return officerName;
    }

    public void setOfficerName(String officerName) {
        this.officerName = officerName;
    }

    public String getOfficerPassword() {
        return officerPassword;
    }

    public void setOfficerPassword(String officerPassword) {
        this.officerPassword = officerPassword;
    }

    public String startAudit() {
        try {
            long auditId = audits.start(institutionId, auditTitle, auditCatalogue);
            return (editable ? "/institution/audit" : "/staff/audit") + "?faces-redirect=true&id=" + auditId;
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
            return null;
        }
    }

    private void act(Runnable action, String okKey) {
        FacesMessages.attempt(action, messages.get(okKey));
        reload();
    }

    public String verdictReason(Evaluator evaluator) {
        jp.medsec.compliance.Verdict v = overview.evaluation().get(evaluator);
        return language.isEnglish() ? v.reasonEn() : v.reasonJa();
    }

    /** The rules the system can judge that the institution's own tier asks for, in the catalogue's order. */
    public List<Evaluator> getEvaluators() {
        if (evaluators == null) {
            evaluators = catalogues.tierRequirements(overview.institution().getTier()).stream()
                    .map(jp.medsec.audit.CatalogueItem::getEvaluatorCode).map(Evaluator::byCode).filter(java.util.Objects::nonNull).distinct().toList();
        }
        return evaluators;
    }

    public List<String> recommendationReasons() {
        return language.isEnglish() ? overview.recommendation().reasonsEn() : overview.recommendation().reasons();
    }

    public SecurityRoleKind[] getRoles() {
        return SecurityRoleKind.values();
    }

    public DepartmentKind[] getDepartmentKinds() {
        return DepartmentKind.values();
    }

    public ManagementMode[] getDuties() {
        return ManagementMode.values();
    }

    public String auditPage() {
        return editable ? "/institution/audit" : "/staff/audit";
    }

    public SecurityOrganisation.Overview getOverview() {
        return overview;
    }

    public List<jp.medsec.audit.Finding> getOutstanding() {
        return outstanding;
    }

    public boolean overdue(jp.medsec.audit.Finding finding) {
        return finding.isOverdue(jp.medsec.shared.JapaneseDates.today());
    }

    public List<Audits.AuditSummary> getAuditList() {
        return auditList;
    }

    public boolean isEditable() {
        return editable;
    }

    /** The institution shown, once loaded. */
    public Long getInstitutionId() {
        return institutionId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isIsDepartment() {
        return isDepartment;
    }

    public void setIsDepartment(boolean isDepartment) {
        this.isDepartment = isDepartment;
    }

    public boolean isCommittee() {
        return committee;
    }

    public void setCommittee(boolean committee) {
        this.committee = committee;
    }

    public boolean isGroupAContract() {
        return groupAContract;
    }

    public void setGroupAContract(boolean groupAContract) {
        this.groupAContract = groupAContract;
    }

    public Integer getBeds() {
        return beds;
    }

    public void setBeds(Integer beds) {
        this.beds = beds;
    }

    public boolean isRegionallyCritical() {
        return regionallyCritical;
    }

    public void setRegionallyCritical(boolean regionallyCritical) {
        this.regionallyCritical = regionallyCritical;
    }

    public boolean isOnPremises() {
        return onPremises;
    }

    public void setOnPremises(boolean onPremises) {
        this.onPremises = onPremises;
    }

    public String getDepartmentName() {
        return departmentName;
    }

    public void setDepartmentName(String departmentName) {
        this.departmentName = departmentName;
    }

    public DepartmentKind getDepartmentKind() {
        return departmentKind;
    }

    public void setDepartmentKind(DepartmentKind departmentKind) {
        this.departmentKind = departmentKind;
    }

    public SecurityRoleKind getRole() {
        return role;
    }

    public void setRole(SecurityRoleKind role) {
        this.role = role;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public ManagementMode getDuty() {
        return duty;
    }

    public void setDuty(ManagementMode duty) {
        this.duty = duty;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    /** What an audit can be against: the tier catalogue (empty value) or an MHLW checklist institution form. */
    public List<jp.medsec.audit.Catalogue> getMhlwForms() {
        return catalogues.ofFramework(jp.medsec.audit.Framework.MHLW_INSTITUTION);
    }

    public String getAuditCatalogue() {
        return auditCatalogue;
    }

    public void setAuditCatalogue(String auditCatalogue) {
        this.auditCatalogue = auditCatalogue;
    }

    public String getAuditTitle() {
        return auditTitle;
    }

    public void setAuditTitle(String auditTitle) {
        this.auditTitle = auditTitle;
    }
}
