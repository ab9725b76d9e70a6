package org.bitpoll.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The user autocomplete's algorithm (F36) over an in-memory directory that answers like the SQL does. */
class UserSearchTest {

    /** Active accounts, queried as the SQL finder queries them. */
    private static final class Directory implements UserSearch.Finder {

        private final List<UserSuggestion> users = new ArrayList<>();
        private final List<String> queries = new ArrayList<>();

        Directory with(String username, String first, String last) {
            users.add(new UserSuggestion((long) users.size() + 1, username, first, last, ""));
            return this;
        }

        private static String lower(String text) {
            return text.toLowerCase(Locale.ROOT);
        }

        @Override
        public Optional<UserSuggestion> findActiveByUsername(String username) {
            queries.add("exact " + username);
            return users.stream()
                    .filter(user -> lower(user.username()).equals(username))
                    .findFirst();
        }

        @Override
        public List<UserSuggestion> findActiveByPrefix(String prefix, int limit) {
            queries.add("prefix " + prefix);
            return users.stream()
                    .filter(user -> lower(user.username()).startsWith(prefix)
                            || lower(user.username())
                                    .replaceFirst("^[0-9]+", "")
                                    .startsWith(prefix)
                            || lower(user.username()).startsWith("x" + prefix)
                            || lower(user.firstName()).startsWith(prefix)
                            || lower(user.lastName()).startsWith(prefix))
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<UserSuggestion> findActiveByNames(String firstNamePrefix, String lastNamePrefix, int limit) {
            queries.add("names " + firstNamePrefix + " " + lastNamePrefix);
            return users.stream()
                    .filter(user -> lower(user.firstName()).startsWith(firstNamePrefix)
                            && lower(user.lastName()).startsWith(lastNamePrefix))
                    .limit(limit)
                    .toList();
        }
    }

    private static List<String> usernames(List<UserSuggestion> found) {
        return found.stream().map(UserSuggestion::username).toList();
    }

    private final Directory directory = new Directory()
            .with("alice", "Alice", "Smith")
            .with("bob", "Bob", "Jones")
            .with("asmithers", "Anna", "Smithers")
            .with("123carl", "Carl", "Meier")
            .with("xdora", "Dora", "Klein")
            .with("al", "Al", "Bundy");

    @Test
    void noTermsFindNobodyAndAskNothing() {
        assertThat(UserSearch.suggest("   ", directory)).isEmpty();
        assertThat(UserSearch.suggest(null, directory)).isEmpty();
        assertThat(directory.queries).isEmpty();
    }

    @Test
    void oneTermMatchesTheStartOfUserNameFirstOrLastNameInAnyCase() {
        assertThat(usernames(UserSearch.suggest("ALI", directory))).containsExactly("alice");
        assertThat(usernames(UserSearch.suggest("jon", directory))).containsExactly("bob");
        assertThat(usernames(UserSearch.suggest("smi", directory))).containsExactly("alice", "asmithers");
    }

    @Test
    void userNamesMatchAlsoAfterALeadingDigitRunOrAnX() {
        assertThat(usernames(UserSearch.suggest("car", directory))).containsExactly("123carl");
        assertThat(usernames(UserSearch.suggest("dor", directory))).containsExactly("xdora");
    }

    @Test
    void aShortTermFindsOnlyTheExactUserName() {
        assertThat(usernames(UserSearch.suggest("al", directory))).containsExactly("al");
        assertThat(UserSearch.suggest("bo", directory)).isEmpty();
        assertThat(directory.queries).containsExactly("exact al", "exact bo");
    }

    @Test
    void twoTermsMatchFirstAndLastName() {
        assertThat(usernames(UserSearch.suggest("  Anna  Smi ", directory))).containsExactly("asmithers");
        assertThat(UserSearch.suggest("anna jones", directory)).isEmpty();
    }

    @Test
    void suggestionsAreSortedByFirstNameLastNameAndUserName() {
        Directory same = new Directory()
                .with("zed", "Tom", "Brown")
                .with("tomas", "Tomas", "Able")
                .with("abe", "Tom", "Brown")
                .with("tom", "Tom", "Adams");

        assertThat(usernames(UserSearch.suggest("tom", same))).containsExactly("tom", "abe", "zed", "tomas");
    }

    @Test
    void tenMatchesAreOfferedButElevenSayTooLittleSoOnlyTheExactMatchIsLeft() {
        Directory ten = new Directory();
        IntStream.range(0, 10).forEach(i -> ten.with("mill" + i, "Mill", "Er" + i));
        assertThat(UserSearch.suggest("mill", ten)).hasSize(UserSearch.MAX_SUGGESTIONS);

        Directory eleven = new Directory().with("mill", "Mill", "Exact");
        IntStream.range(0, 11).forEach(i -> eleven.with("mill" + i, "Mill", "Er" + i));
        assertThat(usernames(UserSearch.suggest("mill", eleven))).containsExactly("mill");

        Directory elevenWithoutExact = new Directory();
        IntStream.range(0, 11).forEach(i -> elevenWithoutExact.with("mill" + i, "Mill", "Er" + i));
        assertThat(UserSearch.suggest("mill", elevenWithoutExact)).isEmpty();
    }

    @Test
    void theExactMatchIsOfferedOnceAmongThePrefixMatches() {
        Directory both = new Directory().with("anna", "Anna", "Bell").with("annabel", "Annabel", "Lee");

        assertThat(usernames(UserSearch.suggest("anna", both))).containsExactly("anna", "annabel");
    }

    @Test
    void aSuggestionShowsNamesAndUserName() {
        assertThat(new UserSuggestion(1L, "alice", "Alice", "Smith", "").label())
                .isEqualTo("Alice Smith (alice)");
        assertThat(new UserSuggestion(1L, "alice", "", "", "").label()).isEqualTo("alice");
        assertThat(new UserSuggestion(1L, "alice", "Alice", "Smith", "").displayName())
                .isEqualTo("Alice (alice)");
        assertThat(new UserSuggestion(1L, "alice", "Alice", "Smith", "Ali").displayName())
                .isEqualTo("Ali");
    }
}
