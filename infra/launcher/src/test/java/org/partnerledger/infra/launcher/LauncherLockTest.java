package org.partnerledger.infra.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherLockTest {

    @TempDir
    Path data;

    @Test
    void aSecondLauncherOnTheSameDataIsRefusedWithTheOwnersPid() {
        try (LauncherLock held = LauncherLock.acquire(data)) {
            assertThatThrownBy(() -> LauncherLock.acquire(data))
                    .hasMessageContaining("Another launcher (pid " + ProcessHandle.current().pid() + ") runs on " + data);
        }
    }

    @Test
    void aReleasedLockCanBeTakenAgain() {
        LauncherLock.acquire(data).close();

        try (LauncherLock again = LauncherLock.acquire(data)) {
            assertThat(data.resolve(LauncherLock.FILE_NAME))
                    .hasContent(String.valueOf(ProcessHandle.current().pid()));
        }
    }
}
