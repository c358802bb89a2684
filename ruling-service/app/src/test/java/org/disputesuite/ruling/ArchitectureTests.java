package org.disputesuite.ruling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.disputesuite.ruling");

    @Test
    void deciderAndPolicyKnowNothingOfKafkaOrSpring() {
        noClasses().that().resideInAnyPackage("..ruling.decider..", "..ruling.policy..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework..")
                .check(CLASSES);
    }

    @Test
    void policyIsPlainJava() {
        noClasses().that().resideInAPackage("..ruling.policy..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "jakarta..", "tools.jackson..", "org.disputesuite.platform..",
                        "org.disputesuite.ruling.decider..", "org.disputesuite.ruling.topology..",
                        "org.disputesuite.ruling.query..", "org.disputesuite.ruling.config..")
                .check(CLASSES);
    }

    @Test
    void deciderKnowsNothingOfHowItIsRun() {
        noClasses().that().resideInAPackage("..ruling.decider..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "tools.jackson..",
                        "org.disputesuite.platform..", "org.disputesuite.ruling.topology..",
                        "org.disputesuite.ruling.query..", "org.disputesuite.ruling.config..")
                .check(CLASSES);
    }

    @Test
    void topologyKnowsNothingOfSpringOrHttp() {
        noClasses().that().resideInAPackage("..ruling.topology..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "org.disputesuite.ruling.query..", "org.disputesuite.ruling.config..")
                .check(CLASSES);
    }
}
