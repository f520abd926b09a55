package org.partnerledger.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.partnerledger.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The two sides meet only in the published language (shared-events) and on the topic. */
    @ArchTest
    static final ArchRule queryCodeNeverUsesCommandCode = noClasses()
            .that().resideInAPackage("org.partnerledger.query..")
            .should().dependOnClassesThat().resideInAPackage("org.partnerledger.command..");

    /** Each read model can be rebuilt, changed or dropped alone; they share only the projection machinery. */
    @ArchTest
    static final ArchRule readModelsDoNotDependOnEachOther = slices()
            .matching("org.partnerledger.query.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), resideInAPackage("org.partnerledger.query.projection"))
            .ignoreDependency(alwaysTrue(), resideInAPackage("org.partnerledger.query.calendar"));

    /** The projection machinery serves every read model and so knows none of them. */
    @ArchTest
    static final ArchRule theProjectionMachineryKnowsNoReadModel = noClasses()
            .that().resideInAPackage("org.partnerledger.query.projection")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.partnerledger.query.history..", "org.partnerledger.query.access..",
                    "org.partnerledger.query.people..", "org.partnerledger.query.ledger..",
                    "org.partnerledger.query.funder..");
}
