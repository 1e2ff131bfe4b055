package jp.medsec.web.checklist;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.medsec.audit.Catalogue;
import jp.medsec.checklist.Answer;
import jp.medsec.checklist.ChecklistAnswer;
import jp.medsec.checklist.Checklists;
import jp.medsec.checklist.Vendor;
import jp.medsec.institution.InstitutionAccess;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The officer's MHLW checklist ({@code /institution/checklist.xhtml}): the institution form of a fiscal year answered
 * item by item (はい/いいえ, check date, target date for いいえ), the vendors, their links and their answers.
 */
@Named
@ViewScoped
public class ChecklistView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Checklists checklists;

    @Inject
    private InstitutionAccess access;

    @Inject
    private Messages messages;

    private long institutionId;
    private String id;
    private boolean editable;
    private String form;
    private Checklists.ChecklistView view;
    private List<Vendor> vendors;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> checked = new HashMap<>();
    private final Map<String, String> targets = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private String vendorName;
    private String contactName;
    private String contactEmail;
    private String systems;
    private String vendorForm;
    private String lastLink;

    /** The officer's own institution, to answer. */
    public void load() {
        if (view != null) {
            return;
        }
        institutionId = access.ownInstitutionId();
        editable = true;
        open();
    }

    /** Any institution by id, for staff to read; an unknown id is 404. */
    public void loadById() throws java.io.IOException {
        if (view != null) {
            return;
        }
        Long parsed = jp.medsec.web.faces.Pages.id(id).orElse(null);
        if (parsed == null) {
            jp.medsec.web.faces.Pages.notFound("No such institution");
            return;
        }
        institutionId = parsed;
        try {
            open();
        } catch (RuntimeException e) {
            if (FacesMessages.refusal(e) == null) {
                throw e;
            }
            jp.medsec.web.faces.Pages.notFound("No such institution");
        }
    }

    private void open() {
        List<Catalogue> forms = checklists.institutionForms();
        if (form == null || forms.stream().noneMatch(c -> c.getCode().equals(form))) {
            form = checklists.currentInstitutionForm().orElse(forms.get(0)).getCode();
        }
        vendorForm = checklists.currentVendorForm().map(Catalogue::getCode).orElse(null);
        reload();
    }

    /** The stored answers of the form, every item's fields showing them. */
    private void reload() {
        view = checklists.view(institutionId, form);
        vendors = checklists.vendors(institutionId);
        view.items().forEach(item -> show(item.getCode()));
    }

    /** One item's fields as stored (today as the check date of an unanswered item). */
    private void show(String code) {
        ChecklistAnswer a = view.answers().get(code);
        answers.put(code, a == null ? null : a.getAnswer().name());
        checked.put(code, a == null ? JapaneseDates.today().toString() : a.getCheckedOn().toString());
        targets.put(code, a == null || a.getTargetDate() == null ? null : a.getTargetDate().toString());
        notes.put(code, a == null ? null : a.getNote());
    }

    public void answer(String code) {
        String value = answers.get(code);
        if (value == null || value.isBlank()) {
            FacesMessages.error(code + ": " + messages.get("checklist.answerRequired"));
            return;
        }
        LocalDate checkedOn;
        LocalDate target;
        try {
            checkedOn = date(checked.get(code));
            target = date(targets.get(code));
        } catch (DateTimeParseException e) {
            FacesMessages.error(code + ": " + messages.get("checklist.dateFormat"));
            return;
        }
        // A refusal leaves the fields as the officer typed them, to correct; only a saved item shows what is stored.
        // Other items keep whatever they show, typed or stored: saving one item is no reason to discard another's.
        if (FacesMessages.attempt(() -> checklists.answer(institutionId, form, code, Answer.valueOf(value), checkedOn, target,
                notes.get(code)), code + ": " + messages.get("checklist.saved"))) {
            view = checklists.view(institutionId, form);
            show(code);
        }
    }

    public void addVendor() {
        if (FacesMessages.attempt(() -> checklists.addVendor(institutionId, vendorName, contactName, contactEmail, systems),
                messages.get("checklist.vendorAdded"))) {
            vendorName = contactName = contactEmail = systems = null;
            vendors = checklists.vendors(institutionId);
        }
    }

    public void invite(long vendorId) {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            Checklists.Invitation invitation = checklists.invite(vendorId, vendorForm, jp.medsec.web.PublicAddress.of(request));
            lastLink = invitation.link();
            FacesMessages.info(messages.get(invitation.queued() ? "checklist.invited" : "checklist.invitedAgain"));
        } catch (RuntimeException e) {
            if (!FacesMessages.showRefusal(e)) {
                throw e;
            }
        }
    }

    public void switchForm() {
        answers.clear();
        reload();
    }

    public boolean isEditable() {
        return editable;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    public List<Catalogue> getForms() {
        return checklists.institutionForms();
    }

    public Checklists.ChecklistView getView() {
        return view;
    }

    public List<Vendor> getVendors() {
        return vendors;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, String> getChecked() {
        return checked;
    }

    public Map<String, String> getTargets() {
        return targets;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    public String getVendorName() {
        return vendorName;
    }

    public void setVendorName(String vendorName) {
        this.vendorName = vendorName;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getSystems() {
        return systems;
    }

    public void setSystems(String systems) {
        this.systems = systems;
    }

    public String getLastLink() {
        return lastLink;
    }
}
