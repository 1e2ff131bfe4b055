package jp.medsec.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit's name in the page's language. A name the system gave (a self-assessment or an association audit with its
 * day, a fiscal year's mutual or security check with the checker) is stored in Japanese, as it is printed on reports;
 * an English page reads it in English. A name a person typed is theirs and is shown as typed.
 */
@Named("auditNames")
@RequestScoped
public class AuditNames {

    private static final Pattern DATED = Pattern.compile("^(自己評価|事務局監査|相互チェック) (\\d{4}-\\d{2}-\\d{2})$");
    private static final Pattern CHECK = Pattern.compile("^(\\d{4})年度 (相互チェック|セキュリティチェック)（(.+)）$");

    @Inject
    private LanguageView language;

    @Inject
    private Messages messages;

    public String of(String title) {
        if (title == null || !language.isEnglish()) {
            return title;
        }
        Matcher dated = DATED.matcher(title);
        if (dated.matches()) {
            return messages.format("auditName." + key(dated.group(1)), dated.group(2));
        }
        Matcher check = CHECK.matcher(title);
        if (check.matches()) {
            return messages.format("auditName." + key(check.group(2)) + "Of", check.group(1), check.group(3));
        }
        return title;
    }

    private static String key(String japanese) {
        return switch (japanese) {
            case "自己評価" -> "self";
            case "事務局監査" -> "staff";
            case "セキュリティチェック" -> "security";
            default -> "peer";
        };
    }
}
