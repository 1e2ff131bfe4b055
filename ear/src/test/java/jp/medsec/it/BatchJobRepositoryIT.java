package jp.medsec.it;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Jakarta Batch keeps its job repository in MariaDB: an execution is a row there, so it outlives a restart. */
@ExtendWith(ArquillianExtension.class)
class BatchJobRepositoryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services("batch-repository-it", BatchJobRepositoryIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/MedSecDS")
    private DataSource dataSource;

    @Test
    void aJobExecutionIsStoredInTheDatabase() throws Exception {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty("institutions", "47");
        parameters.setProperty("holders", "5");
        long executionId = operator.start("demo-data", parameters);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (operator.getJobExecution(executionId).getEndTime() == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        JobExecution execution = operator.getJobExecution(executionId);
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals("SKIPPED_NOT_EMPTY", execution.getExitStatus(), "the test registry already holds the demo data");

        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT e.BATCHSTATUS, e.EXITSTATUS, i.JOBNAME FROM JOB_EXECUTION e JOIN JOB_INSTANCE i "
                        + "ON i.JOBINSTANCEID = e.JOBINSTANCEID WHERE e.JOBEXECUTIONID = ?")) {
            ps.setLong(1, executionId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "execution " + executionId + " is a row in MariaDB");
                assertEquals("COMPLETED", rs.getString(1));
                assertEquals("SKIPPED_NOT_EMPTY", rs.getString(2));
                assertEquals("demo-data", rs.getString(3));
            }
        }
    }
}
