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
    /** Each item's fields, by item code, as shown (stored, or as the officer typed them). */
    private final Map<String, Row> rows = new HashMap<>();
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

    /** One item's fields as stored (empty for an unanswered item: saving it takes today as the check date). */
    private void show(String code) {
        ChecklistAnswer a = view.answers().get(code);
        rows.put(code, a == null ? new Row() : new Row(a.getAnswer(), a.getCheckedOn(), a.getTargetDate(), a.getNote()));
    }

    /** Saves one item. */
    public void answer(String code) {
        Row row = rows.get(code);
        if (row == null || row.answer == null) {
            FacesMessages.error(code + ": " + messages.get("checklist.answerRequired"));
            return;
        }
        // A refusal leaves the fields as the officer typed them, to correct; only a saved item shows what is stored.
        // Other items keep whatever they show, typed or stored: saving one item is no reason to discard another's.
        if (FacesMessages.attempt(() -> checklists.answer(institutionId, form, code, row.answer, row.checkedOrToday(),
                row.target, row.note), code + ": " + messages.get("checklist.saved"))) {
            view = checklists.view(institutionId, form);
            show(code);
        }
    }

    /**
     * Saves every item answered on the page that differs from what is stored, all or none: a refusal names the item
     * and nothing is saved, the fields keeping what was typed.
     */
    public void answerAll() {
        Map<String, Checklists.ItemAnswer> changed = new java.util.LinkedHashMap<>();
        for (var item : view.items()) {
            Row row = rows.get(item.getCode());
            ChecklistAnswer stored = view.answers().get(item.getCode());
            if (row != null && row.answer != null && !row.sameAs(stored)) {
                changed.put(item.getCode(), new Checklists.ItemAnswer(row.answer, row.checkedOrToday(), row.target, row.note));
            }
        }
        if (changed.isEmpty()) {
            FacesMessages.warn(messages.get("checklist.nothingChanged"));
            return;
        }
        if (FacesMessages.attempt(() -> checklists.answerAll(institutionId, form, changed),
                messages.format("checklist.savedAll", changed.size()))) {
            view = checklists.view(institutionId, form);
            changed.keySet().forEach(this::show);
        }
    }

    /** One item's fields on the page. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Answer answer;
        private LocalDate checked;
        private LocalDate target;
        private String note;

        Row() {
        }

        Row(Answer answer, LocalDate checked, LocalDate target, String note) {
            this.answer = answer;
            this.checked = checked;
            this.target = target;
            this.note = note;
        }

        LocalDate checkedOrToday() {
            return checked == null ? JapaneseDates.today() : checked;
        }

        boolean sameAs(ChecklistAnswer stored) {
            return stored != null && stored.getAnswer() == answer && java.util.Objects.equals(stored.getCheckedOn(), checked)
                    && java.util.Objects.equals(stored.getTargetDate(), target)
                    && java.util.Objects.equals(blankToNull(stored.getNote()), blankToNull(note));
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        public Answer getAnswer() {
            return answer;
        }

        public void setAnswer(Answer answer) {
            this.answer = answer;
        }

        public LocalDate getChecked() {
            return checked;
        }

        public void setChecked(LocalDate checked) {
            this.checked = checked;
        }

        public LocalDate getTarget() {
            return target;
        }

        public void setTarget(LocalDate target) {
            this.target = target;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
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
        rows.clear();
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

    public List<Catalogue> getForms() {
        return checklists.institutionForms();
    }

    public Checklists.ChecklistView getView() {
        return view;
    }

    public List<Vendor> getVendors() {
        return vendors;
    }

    public LocalDate getToday() {
        return JapaneseDates.today();
    }

    public Map<String, Row> getRows() {
        return rows;
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
