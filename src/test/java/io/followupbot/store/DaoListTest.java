package io.followupbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The database describes every DAO when it opens; a DAO missing from its list is described again per attach. */
final class DaoListTest {

    @Test
    @DisplayName("GIVEN the SqlObject interfaces of the store THEN every one is in the list the database describes")
    void everyDaoIsDescribedUpFront() {
        final Set<String> daos = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.followupbot.store").stream()
                .filter(JavaClass::isInterface)
                .filter(type -> type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(SqlQuery.class)
                        || method.isAnnotatedWith(SqlUpdate.class)))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());

        assertThat(daos).isNotEmpty();
        assertThat(Database.DAOS.stream().map(Class::getName).collect(Collectors.toSet())).isEqualTo(daos);
    }
}
