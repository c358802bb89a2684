package org.disputesuite.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class MessagePackageArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.disputesuite.notification");

    @Test
    void whatToSayToWhomKnowsNothingOfSpringKafkaOrTheWeb() {
        noClasses().that().resideInAPackage("org.disputesuite.notification.message..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.apache.kafka..", "jakarta.servlet..", "jakarta.persistence..",
                        "org.disputesuite.platform..", "org.disputesuite.notification.inbox..",
                        "org.disputesuite.notification.intake..", "org.disputesuite.notification.preferences..")
                .check(classes);
    }
}
