package jp.medsec.web.checklist;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.medsec.audit.CatalogueItem;
import jp.medsec.checklist.Answer;
import jp.medsec.checklist.ChecklistProblems;
import jp.medsec.checklist.VendorForms;
import jp.medsec.checklist.VendorLinkRefused;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.faces.FacesMessages;
import jp.medsec.web.i18n.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vendor form a vendor's contact opens from the link they were sent ({@code /vendor.xhtml?t=}), without an
 * account. An unknown link answers 404, a used or expired one 410, with a page that says so.
 */
@Named
@ViewScoped
public class VendorFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VendorForms forms;

    @Inject
    private Messages messages;

    private String token;
    private transient VendorForms.Form form;
    private String refusal;
    private boolean submitted;
    private String respondent;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, String> checked = new HashMap<>();
    private final Map<String, String> targets = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();

    public void load() throws IOException {
        if (form != null || submitted) {
            return;
        }
        try {
            form = forms.open(token);
            String today = JapaneseDates.today().toString();
            form.items().forEach(i -> checked.putIfAbsent(i.getCode(), today));
        } catch (VendorLinkRefused e) {
            refuse(e);
        }
    }

    private void refuse(VendorLinkRefused e) throws IOException {
        refusal = "vendor.refused." + e.refusal(); // the page renders it in the reader's language
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseStatus(e.refusal() == jp.medsec.checklist.VendorToken.Refusal.UNKNOWN ? 404 : 410);
    }

    public void submit() throws IOException {
        Map<String, VendorForms.Submitted> submitted = new LinkedHashMap<>();
        for (CatalogueItem item : form().items()) {
            String code = item.getCode();
            String value = answers.get(code);
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                submitted.put(code, new VendorForms.Submitted(Answer.valueOf(value), date(checked.get(code)),
                        date(targets.get(code)), notes.get(code)));
            } catch (DateTimeParseException e) {
                FacesMessages.error(code + ": " + messages.get("checklist.dateFormat"));
                return;
            }
        }
        try {
            forms.submit(token, respondent, submitted);
            this.submitted = true;
            form = null;
        } catch (ChecklistProblems e) {
            e.problems().forEach(p -> FacesMessages.error(p.code() == null ? p.field() + ": " + p.message()
                    : messages.format("rule." + p.code(), p.arguments())));
        } catch (VendorLinkRefused e) {
            refuse(e);
        }
    }

    private VendorForms.Form form() {
        if (form == null) {
            form = forms.open(token);
        }
        return form;
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    public VendorForms.Form getForm() {
        return submitted || refusal != null ? null : form();
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getRespondent() {
        return respondent;
    }

    public void setRespondent(String respondent) {
        this.respondent = respondent;
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
}
