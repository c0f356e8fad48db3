package io.followupbot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** What the architecture tests check: the bot's own classes without the tests, and the packages of the domain. */
final class ProductionClasses {

    /** The interview, its policy, dates and drafts: they know no adapter, store, delivery or conversation. */
    static final String[] DOMAIN = {"io.followupbot.interview..", "io.followupbot.policy..",
        "io.followupbot.dates..", "io.followupbot.drafts.."};

    private ProductionClasses() {
    }

    /** The classes of src/main, as ArchUnit reads them. */
    static JavaClasses imported() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.followupbot");
    }
}
