package org.partnerledger.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.spring.stereotype.Aggregate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.partnerledger", importOptions = ImportOption.DoNotIncludeTests.class)
class CommandServiceArchitectureTest {

    @ArchTest
    static final ArchRule aggregatesKnowNoWebNorPersistence = noClasses()
            .that().areAnnotatedWith(Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.http..",
                    "org.springframework.jdbc..", "jakarta.persistence..", "java.sql..");

    @ArchTest
    static final ArchRule theCommandSideNeverReadsTheQuerySide = noClasses()
            .that().resideInAPackage("org.partnerledger.command..")
            .should().dependOnClassesThat().resideInAPackage("org.partnerledger.query..");

    @ArchTest
    static final ArchRule decidingKnowsNothingOfPublishing = noClasses()
            .that().resideInAPackage("..command.partnership..")
            .should().dependOnClassesThat().resideInAPackage("..command.publication..");

    @ArchTest
    static final ArchRule publishingKnowsNothingOfDeciding = noClasses()
            .that().resideInAPackage("..command.publication..")
            .should().dependOnClassesThat().resideInAPackage("..command.partnership..");
}
