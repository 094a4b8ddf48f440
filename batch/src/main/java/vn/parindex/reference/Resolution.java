package vn.parindex.reference;

/** The outcome of matching a name from an input file: a unit, or the rule it broke and a message saying why. */
public record Resolution<T>(T value, String rule, String message) {

    public static <T> Resolution<T> of(T value) {
        return new Resolution<>(value, null, null);
    }

    public static <T> Resolution<T> failure(String rule, String message) {
        return new Resolution<>(null, rule, message);
    }

    public boolean ok() {
        return value != null;
    }
}
