package jp.medsec.incident;

/** Received (受付), acknowledged by the supporter (確認), being worked (対応中), resolved (解決). */
public enum IncidentState {
    RECEIVED, ACKNOWLEDGED, IN_PROGRESS, RESOLVED
}
