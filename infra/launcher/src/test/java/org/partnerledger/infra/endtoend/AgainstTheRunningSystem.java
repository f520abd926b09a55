package org.partnerledger.infra.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The whole system as {@code ./run} starts it, once for a test class, in a directory of its own that is kept when a
 * test fails (its logs say why), and stopped after the class.
 */
abstract class AgainstTheRunningSystem {

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path root;
    static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.startIn(root);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
            system = null;
        }
    }
}
