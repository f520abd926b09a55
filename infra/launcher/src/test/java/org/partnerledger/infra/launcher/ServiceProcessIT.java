package org.partnerledger.infra.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ServiceProcessIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path directory;

    private Path jar;
    private ServiceProcess service;

    @BeforeEach
    void writeStubJar() throws IOException {
        jar = StubJar.writeTo(directory.resolve("stub.jar"));
    }

    @AfterEach
    void stopService() {
        if (service != null) {
            service.stop(Duration.ofSeconds(10));
        }
    }

    @Test
    void isHealthyOnceTheServiceReportsUpOnItsPort() {
        service = stub(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5433/partnerledger_command"));

        service.start();
        service.awaitHealthy(STARTUP);

        assertThat(service.isAlive()).isTrue();
        assertThat(service.logFile()).content()
                .contains("SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5433/partnerledger_command");
    }

    @Test
    void namesItsLogFileWhenTheServiceExitsBeforeBecomingHealthy() {
        service = stub(Map.of("STUB_EXIT_CODE", "3"));

        service.start();

        assertThatIllegalStateException().isThrownBy(() -> service.awaitHealthy(STARTUP))
                .withMessage("stub exited with code 3 before it became healthy; see " + service.logFile());
        assertThat(service.logFile()).content().contains("stub failing on purpose");
    }

    @Test
    void startsAgainAfterBeingKilled() {
        service = stub(Map.of());
        service.start();
        service.awaitHealthy(STARTUP);
        long killed = service.pid();

        service.kill();
        service.start();
        service.awaitHealthy(STARTUP);

        assertThat(service.pid()).isNotEqualTo(killed);
        assertThat(ProcessHandle.of(killed).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void stopsTheServiceWithSigtermSoItCanShutDownGracefully() {
        service = stub(Map.of());
        service.start();
        service.awaitHealthy(STARTUP);
        var exit = service.onExit();

        service.stop(Duration.ofSeconds(30));

        assertThat(exit.join()).isEqualTo(128 + 15);
    }

    private ServiceProcess stub(Map<String, String> environment) {
        return ServiceProcess.springBootJar("stub", jar, List.of("-Xmx32m"), environment, FreePorts.next(),
                directory.resolve("logs").resolve("stub.log"));
    }
}
