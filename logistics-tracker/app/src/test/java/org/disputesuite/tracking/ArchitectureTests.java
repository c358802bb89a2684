package org.disputesuite.tracking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.disputesuite.tracking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule domainImportsNoFrameworks = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "jakarta.servlet..", "jakarta.persistence..",
                    "tools.jackson..", "com.fasterxml.jackson..", "java.sql..", "org.disputesuite.platform..")
            .because("the tracking rules are plain functions of facts that can be tested without Spring");

    @ArchTest
    static final ArchRule domainDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.disputesuite.tracking.webhook..", "org.disputesuite.tracking.publishing..",
                    "org.disputesuite.tracking.retention..");
}
