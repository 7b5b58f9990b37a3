package dev.kiln.lifecycle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How far a version moves: the parts of {@code MAJOR.MINOR.PATCH}, in increasing order of size. */
public enum VersionBump {
    /** The same release. */
    NONE,
    /** {@code 1.2.3} to {@code 1.2.4}. */
    PATCH,
    /** {@code 1.2.3} to {@code 1.3.0}. */
    MINOR,
    /** {@code 1.2.3} to {@code 2.0.0}. */
    MAJOR;

    /** The numeric part of a version; anything after it ({@code -SNAPSHOT}, {@code -rc1}) belongs to the same release. */
    private static final Pattern RELEASE = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-.+].*)?");

    /**
     * The bump some changes call for: major when any breaks the SDK's users, minor when any adds something, patch
     * for any other change, none without changes.
     *
     * @param changes the changes
     * @return the smallest bump that describes them honestly
     */
    public static VersionBump requiredBy(List<ApiChange> changes) {
        VersionBump required = NONE;
        for (ApiChange change : changes) {
            VersionBump bump = switch (change.impact()) {
                case BREAKING -> MAJOR;
                case ADDITION -> MINOR;
                case COMPATIBLE -> PATCH;
            };
            required = required.atLeast(bump);
        }
        return required;
    }

    /**
     * How far one version moved from another, comparing their numeric {@code MAJOR.MINOR.PATCH} parts (a missing
     * part is 0). Below {@code 1.0.0} semantic versioning lets a minor bump carry breaking changes, so a move from
     * {@code 0.3.1} to {@code 0.4.0} counts as major.
     *
     * @param from the earlier version
     * @param to the later one
     * @return the bump, or empty when either is not a version of that form or {@code to} is lower than {@code from}
     */
    public static Optional<VersionBump> between(String from, String to) {
        Optional<int[]> before = parse(from);
        Optional<int[]> after = parse(to);
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        int[] a = before.get();
        int[] b = after.get();
        for (int part = 0; part < 3; part++) {
            if (b[part] > a[part]) {
                VersionBump bump = values()[MAJOR.ordinal() - part];
                return Optional.of(a[0] == 0 && b[0] == 0 && bump == MINOR ? MAJOR : bump);
            }
            if (b[part] < a[part]) {
                return Optional.empty();
            }
        }
        return Optional.of(NONE);
    }

    /** Tells whether two versions are the same release, such as {@code 1.3.0-SNAPSHOT} and {@code 1.3.0}. */
    static boolean sameRelease(String one, String other) {
        return between(one, other).equals(Optional.of(NONE));
    }

    /** Tells whether the version is a release in progress: {@code 1.3.0-SNAPSHOT}. */
    static boolean inProgress(String version) {
        return version.toUpperCase(Locale.ROOT).endsWith("-SNAPSHOT");
    }

    /** The larger of this bump and another. */
    public VersionBump atLeast(VersionBump other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    /** The bump as the report and the snapshot file write it: {@code major}, {@code minor}, {@code patch}, {@code none}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a bump written by {@link #label()}.
     *
     * @param label the label
     * @return the bump
     * @throws IllegalArgumentException for any other text
     */
    @JsonCreator
    static VersionBump ofLabel(String label) {
        for (VersionBump bump : values()) {
            if (bump.label().equals(label)) {
                return bump;
            }
        }
        throw new IllegalArgumentException("not a version bump: " + label);
    }

    /**
     * The version this bump leads to from another: {@code 1.2.3} gives {@code 2.0.0}, {@code 1.3.0} or
     * {@code 1.2.4}; below {@code 1.0.0} a major bump moves the minor part.
     *
     * @param from the version to bump
     * @return the bumped version, or empty when {@code from} is not a version
     */
    public Optional<String> from(String from) {
        return parse(from).map(parts -> switch (this) {
            case MAJOR -> parts[0] == 0 ? "0." + (parts[1] + 1) + ".0" : (parts[0] + 1) + ".0.0";
            case MINOR -> parts[0] + "." + (parts[1] + 1) + ".0";
            case PATCH -> parts[0] + "." + parts[1] + "." + (parts[2] + 1);
            case NONE -> parts[0] + "." + parts[1] + "." + parts[2];
        });
    }

    private static Optional<int[]> parse(String version) {
        Matcher matcher = RELEASE.matcher(version.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            int[] parts = new int[3];
            for (int part = 0; part < 3; part++) {
                String digits = matcher.group(part + 1);
                parts[part] = digits == null ? 0 : Integer.parseInt(digits);
            }
            return Optional.of(parts);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
