package org.partnerledger.events;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "org.partnerledger.events", importOptions = ImportOption.DoNotIncludeTests.class)
class PublishedLanguageArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdkAndAxonRevision = classes()
            .should().onlyDependOnClassesThat(resideInAnyPackage("org.partnerledger.events", "java..")
                    .or(name("org.axonframework.serialization.Revision")));

    @ArchTest
    static final ArchRule eventsAreRecords = classes()
            .that().implement(PartnershipEvent.class).and().areNotInterfaces()
            .should().beRecords()
            .andShould().haveSimpleNameEndingWith("Event");

    @ArchTest
    static final ArchRule nothingOfOursLeaksIn = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.partnerledger.command..", "org.partnerledger.query..",
                    "org.partnerledger.web..", "org.partnerledger.infra..");
}
