package org.bitpoll.poll.domain;

/**
 * The URL name a creator asked for: typed, left empty, or random. {@link #resolve(String)} decides the name to
 * try: a typed name as it is (checked by {@link Slugs#isValid}); when empty, a random one if "random" is ticked,
 * else the one that follows the title, else (a title of only symbols) a random one.
 */
public record SlugRequest(String typed, boolean random) {

    public String resolve(String title) {
        String name = typed == null ? "" : typed.strip();
        if (!name.isEmpty()) {
            return name;
        }
        if (!random) {
            String fromTitle = Slugs.fromTitle(title);
            if (!fromTitle.isEmpty()) {
                return fromTitle;
            }
        }
        return Slugs.random();
    }
}
