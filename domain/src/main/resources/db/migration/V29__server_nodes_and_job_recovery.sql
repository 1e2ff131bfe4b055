-- Crash recovery of batch jobs (README "Running it for a country"). Each server node says every minute that it is
-- alive; an execution left STARTED by a node that died (killed, power lost) is marked FAILED at the next start-up, or
-- by a live node once the dead one has been silent for three minutes, and is restarted from its last checkpoint. What
-- was done is kept for the jobs page.
CREATE TABLE server_node (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    started_at DATETIME(6)  NOT NULL,
    seen_at    DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;

CREATE TABLE job_recovery (
    execution_id   BIGINT       NOT NULL PRIMARY KEY,
    job_name       VARCHAR(100) NOT NULL,
    dead_node      VARCHAR(100),
    was_status     VARCHAR(30)  NOT NULL,
    recovered_by   VARCHAR(100) NOT NULL,
    recovered_at   DATETIME(6)  NOT NULL,
    restarted_as   BIGINT,
    restart_failure VARCHAR(1000),
    INDEX ix_job_recovery_restarted (restarted_as)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci;
