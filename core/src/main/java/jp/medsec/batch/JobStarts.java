package jp.medsec.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;

import java.util.Properties;

/**
 * Every start and restart of a batch job goes through here, so that the execution names the server node that runs it
 * (job parameter {@value #NODE}, stored with the execution in the job repository). A server killed mid-run leaves its
 * executions {@code STARTED} for ever; the node's name is how the next start-up, or another node of the cluster, tells
 * a dead run from a live one (see {@code JobRecovery}).
 */
public final class JobStarts {

    /** The job parameter naming the node that runs the execution. */
    public static final String NODE = "medsec.node";

    private JobStarts() {
    }

    /** This server's node name: WildFly's {@code jboss.node.name} (the host name unless set). */
    public static String node() {
        String node = System.getProperty("jboss.node.name");
        if (node == null || node.isBlank()) {
            node = System.getenv().getOrDefault("HOSTNAME", "node");
        }
        return node.length() > 100 ? node.substring(0, 100) : node;
    }

    public static long start(String job, Properties parameters) {
        return operator().start(job, onThisNode(parameters));
    }

    /** Restarts a FAILED or STOPPED execution with its own parameters, now on this node. */
    public static long restart(long executionId) {
        JobOperator operator = operator();
        Properties previous = operator.getJobExecution(executionId).getJobParameters();
        return operator.restart(executionId, onThisNode(previous));
    }

    /** Restarts with the given parameters (those of the execution, read by the caller), now on this node. */
    public static long restart(long executionId, Properties parameters) {
        return operator().restart(executionId, onThisNode(parameters));
    }

    private static Properties onThisNode(Properties parameters) {
        Properties tagged = new Properties();
        if (parameters != null) {
            parameters.stringPropertyNames().forEach(k -> tagged.setProperty(k, parameters.getProperty(k)));
        }
        tagged.setProperty(NODE, node());
        return tagged;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
