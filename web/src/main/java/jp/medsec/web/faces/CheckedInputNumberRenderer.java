package jp.medsec.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import jp.medsec.web.i18n.Messages;
import org.primefaces.component.inputnumber.InputNumberRenderer;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * PrimeFaces' number field, refusing text that is not a number with a message on the field. PrimeFaces' own renderer
 * throws {@code FacesException("Invalid number")} while decoding such a request (its script never sends one, a
 * hand-made request does), which ended as HTTP 500 or an AJAX error naming {@code NumberFormatException}.
 */
public class CheckedInputNumberRenderer extends InputNumberRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        String raw = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context) + "_hinput");
        if (raw != null && !raw.isBlank() && !isNumber(raw)) {
            // Refused here, as a converter would: the field is invalid with a message, and nothing is submitted (the
            // renderer could not even draw the text back; the field shows what was stored).
            UIInput input = (UIInput) component;
            input.setValid(false);
            context.addMessage(component.getClientId(context),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message(context, component), null));
            return;
        }
        super.decode(context, component);
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        if (submittedValue instanceof String text && !text.isBlank() && !isNumber(text)) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message(context, component), null));
        }
        return super.getConvertedValue(context, component, submittedValue);
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String message(FacesContext context, UIComponent component) {
        Object label = component.getAttributes().get("label");
        Locale locale = context.getViewRoot() == null ? Locale.JAPANESE : context.getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(Messages.BUNDLE, locale).getString("input.notANumber");
        return new java.text.MessageFormat(pattern, locale).format(new Object[]{label == null ? component.getId() : label});
    }
}
