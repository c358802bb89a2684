package org.disputesuite.dispute.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.disputesuite.dispute", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIndependenceTests {

    @ArchTest
    static final ArchRule domainImportsNoSpringKafkaOrWeb = noClasses()
            .that().resideInAPackage("org.disputesuite.dispute.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "jakarta.servlet..", "jakarta.persistence..",
                    "org.axonframework.spring..", "org.disputesuite.platform..", "tools.jackson..",
                    "com.fasterxml.jackson..")
            .as("the dispute domain imports no Spring, Kafka, web or JSON classes");

    @ArchTest
    static final ArchRule domainDependsOnNoOtherFeature = noClasses()
            .that().resideInAPackage("org.disputesuite.dispute.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.disputesuite.dispute.opening..", "org.disputesuite.dispute.shipments..",
                    "org.disputesuite.dispute.rulings..", "org.disputesuite.dispute.publishing..",
                    "org.disputesuite.dispute.view..", "org.disputesuite.dispute.config..",
                    "org.disputesuite.dispute.metrics..");
}
