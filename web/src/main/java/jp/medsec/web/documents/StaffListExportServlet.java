package jp.medsec.web.documents;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.medsec.audit.OverdueFindings;
import jp.medsec.certification.CertificationStatus;
import jp.medsec.certification.CertificationType;
import jp.medsec.certification.HolderRegistry;
import jp.medsec.certification.HolderSearch;
import jp.medsec.certification.HolderSummary;
import jp.medsec.claims.ClaimReview;
import jp.medsec.claims.ClaimRow;
import jp.medsec.geo.Prefecture;
import jp.medsec.notification.SentMail;
import jp.medsec.training.NationalTraining;
import jp.medsec.geo.PrefectureRepository;
import jp.medsec.institution.InstitutionDirectory;
import jp.medsec.institution.InstitutionTier;
import jp.medsec.personnel.PersonnelDirectory;
import jp.medsec.shared.JapaneseDates;
import jp.medsec.web.i18n.Messages;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Staff's lists as CSV for Excel, with the filters the page shows ({@code /staff/documents/holders.csv?text=&type=
 * &status=&prefecture=}, {@code /staff/documents/findings.csv}, {@code institutions.csv?prefecture=&tier=&text=},
 * {@code personnel.csv?group=&prefecture=&text=&dueBy=&institution=}, {@code claims.csv?filter=},
 * {@code mail.csv?recipient=&sent=}, {@code training.csv?year=&filter=&below=}): read from the database a page at a
 * time and streamed (the claims queue, which the page holds whole, as the page reads it),
 * never held whole; UTF-8 with a BOM, Japanese headers and words, no codes but the numbers that are data.
 */
@WebServlet(urlPatterns = {"/staff/documents/holders.csv", "/staff/documents/findings.csv",
        "/staff/documents/institutions.csv", "/staff/documents/personnel.csv", "/staff/documents/claims.csv",
        "/staff/documents/mail.csv", "/staff/documents/training.csv"})
public class StaffListExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private HolderRegistry holders;

    @Inject
    private OverdueFindings findings;

    @Inject
    private InstitutionDirectory institutions;

    @Inject
    private PersonnelDirectory personnel;

    @Inject
    private PrefectureRepository prefectures;

    @Inject
    private ClaimReview claims;

    @Inject
    private SentMail mail;

    @Inject
    private NationalTraining training;

    @Inject
    private Messages messages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.answer(response, () -> {
            String path = request.getServletPath();
            if (path.endsWith("findings.csv")) {
                findings(response);
            } else if (path.endsWith("institutions.csv")) {
                institutions(request, response);
            } else if (path.endsWith("personnel.csv")) {
                personnel(request, response);
            } else if (path.endsWith("claims.csv")) {
                claims(request, response);
            } else if (path.endsWith("mail.csv")) {
                mail(request, response);
            } else if (path.endsWith("training.csv")) {
                training(request, response);
            } else {
                holders(request, response);
            }
        });
    }

    private void holders(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HolderSearch search = new HolderSearch(request.getParameter("text"),
                value(CertificationType.class, request.getParameter("type")),
                value(CertificationStatus.class, request.getParameter("status")), prefecture(request.getParameter("prefecture")));
        holders.count(search); // refused before anything is written
        CSVPrinter csv = Downloads.csv(response, "holders-" + JapaneseDates.today() + ".csv",
                "氏名", "氏名（カナ）", "都道府県", "所属", "資格と状態");
        Downloads.rows(csv, (first, max) -> holders.search(search, HolderSearch.Sort.KANA, true, first, max),
                h -> new Object[]{h.fullName(), h.fullNameKana(), h.prefectureJa(), h.institutionName(),
                        h.certifications().stream().map(c -> c.certificateNumber() + " " + messages.get("certType." + c.type())
                                + "（" + messages.get("certStatus." + c.status()) + "）").collect(Collectors.joining("; "))});
    }

    private void findings(HttpServletResponse response) throws IOException {
        LocalDate today = JapaneseDates.today();
        findings.count(today);
        CSVPrinter csv = Downloads.csv(response, "overdue-findings-" + today + ".csv",
                "期限", "医療機関", "要件", "要件の内容", "重大度", "担当", "状態", "監査・評価");
        Downloads.rows(csv, (first, max) -> findings.page(today, first, max),
                f -> new Object[]{f.due(), f.institutionName(), f.requirementCode(), f.requirementJa(),
                        messages.get("severity." + f.severity()), f.owner(), messages.get("findingState." + f.state()),
                        f.auditTitle()});
    }

    private void institutions(HttpServletRequest request, HttpServletResponse response) throws IOException {
        InstitutionDirectory.Query query = new InstitutionDirectory.Query(prefecture(request.getParameter("prefecture")),
                value(InstitutionTier.class, request.getParameter("tier")), text(request.getParameter("text")));
        institutions.count(query);
        Map<Integer, String> names = prefectureNames();
        CSVPrinter csv = Downloads.csv(response, "institutions-" + JapaneseDates.today() + ".csv",
                "医療機関コード", "名称", "都道府県", "区分", "病床数", "推奨される区分", "推奨より低い区分", "未完了の指摘", "期限切れの指摘");
        Downloads.rows(csv, (first, max) -> institutions.search(query, first, max),
                i -> new Object[]{i.institutionCode(), i.name(), names.get(i.prefecture()), messages.get("tier." + i.tier()),
                        i.beds(), messages.get("tier." + i.recommended()), i.belowRecommended() ? "はい" : "いいえ",
                        i.openFindings(), i.overdueFindings()});
    }

    private void personnel(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String dueBy = text(request.getParameter("dueBy"));
        PersonnelDirectory.Query query = PersonnelDirectory.Query.of(request.getParameter("group"),
                prefecture(request.getParameter("prefecture")), request.getParameter("text"),
                dueBy == null ? null : LocalDate.parse(dueBy), request.getParameter("institution"));
        personnel.count(query);
        Map<Integer, String> names = prefectureNames();
        CSVPrinter csv = Downloads.csv(response, "personnel-" + JapaneseDates.today() + ".csv",
                "区分", "氏名", "氏名（カナ）", "都道府県", "勤務先", messages.get("continuing.short.CONT-A"),
                messages.get("continuing.short.CONT-B"), messages.get("continuing.short.CONT-C"), "受講期限が来ている継続研修");
        Downloads.rows(csv, (first, max) -> personnel.search(query, first, max),
                p -> new Object[]{p.group() == null ? "該当なし" : "Group " + p.group(), p.name(), p.kana(),
                        names.get(p.prefecture()), p.institutionName(), p.last("CONT-A"), p.last("CONT-B"), p.last("CONT-C"),
                        p.due().stream().map(t -> messages.get("continuing.short." + t)).collect(Collectors.joining("、"))});
    }

    private void claims(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ClaimReview.Filter filter = value(ClaimReview.Filter.class, request.getParameter("filter"));
        List<ClaimRow> rows = claims.queue(filter == null ? ClaimReview.Filter.SUBMITTED : filter);
        CSVPrinter csv = Downloads.csv(response, "claims-" + JapaneseDates.today() + ".csv",
                "申請日時", "氏名", "区分", "ポイント", "活動日", "内容", "状態", "監査対象", "判断者", "判断日時", "却下の理由");
        for (ClaimRow c : rows) {
            csv.printRecord(Downloads.dateTime(c.submittedAt()), c.holderName(), messages.get("pointCategory." + c.category()),
                    c.points(), c.earnedOn(), c.description(), messages.get("claimState." + c.state()),
                    c.auditSample() ? "はい" : "いいえ", c.decidedBy(), Downloads.dateTime(c.decidedAt()), c.rejectionReason());
        }
        csv.flush();
    }

    private void mail(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sent = text(request.getParameter("sent"));
        if (sent != null && !sent.equals("true") && !sent.equals("false")) {
            throw new IllegalArgumentException("sent: true or false");
        }
        SentMail.Filter filter = new SentMail.Filter(text(request.getParameter("recipient")),
                sent == null ? null : Boolean.valueOf(sent));
        mail.count(filter);
        CSVPrinter csv = Downloads.csv(response, "mail-" + JapaneseDates.today() + ".csv",
                "作成日時", "宛先", "件名", "送信日時", "送信の試行回数", "最後の失敗");
        Downloads.rows(csv, (first, max) -> mail.page(filter, first, max),
                m -> new Object[]{Downloads.dateTime(m.createdAt()), m.recipient(), m.subject(), Downloads.dateTime(m.sentAt()),
                        m.attempts(), m.lastError()});
    }

    private void training(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String yearText = text(request.getParameter("year"));
        int year = yearText == null ? jp.medsec.certification.CertificationCycle.fiscalYearOf(JapaneseDates.today())
                : Integer.parseInt(yearText);
        NationalTraining.Filter filter = value(NationalTraining.Filter.class, request.getParameter("filter"));
        String belowText = text(request.getParameter("below"));
        int below = belowText == null ? 80 : Integer.parseInt(belowText);
        if (below < 0 || below > 100) {
            throw new IllegalArgumentException("below: a percentage from 0 to 100");
        }
        java.math.BigDecimal threshold = java.math.BigDecimal.valueOf(below).movePointLeft(2);
        NationalTraining.Filter chosen = filter == null ? NationalTraining.Filter.BELOW : filter;
        training.count(year, chosen, threshold);
        Map<Integer, String> names = prefectureNames();
        CSVPrinter csv = Downloads.csv(response, "training-" + year + "-" + chosen.name().toLowerCase() + ".csv",
                "年度", "医療機関コード", "名称", "都道府県", "区分", "対象職員", "受講済み", "受講率（%）", "集計日");
        Downloads.rows(csv, (first, max) -> training.institutions(year, chosen, threshold, first, max),
                l -> new Object[]{year, l.institutionCode(), l.name(), names.get(l.prefecture()), messages.get("tier." + l.tier()),
                        l.inScope(), l.trained(), l.rate() == null ? "" : l.rate().movePointRight(2).stripTrailingZeros()
                                .toPlainString(), l.asOf()});
    }

    private Map<Integer, String> prefectureNames() {
        return prefectures.findAll().stream().collect(Collectors.toMap(Prefecture::getCode, Prefecture::getNameJa));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Enum.valueOf(type, text.strip()); // an unknown value is the caller's mistake: 400
    }

    private static Integer prefecture(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }
}
