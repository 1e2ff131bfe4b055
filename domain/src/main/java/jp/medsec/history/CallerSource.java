package jp.medsec.history;

/**
 * Who is making the current change, as the container knows it (found with {@link java.util.ServiceLoader}: the domain
 * knows no container; the core library supplies the implementation). Null when nobody is signed in.
 */
public interface CallerSource {

    String currentCallerName();
}
