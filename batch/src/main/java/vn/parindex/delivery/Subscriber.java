package vn.parindex.delivery;

import java.util.List;

/**
 * One address and everything its rows of the subscriptions file ask for (rows for one address are merged: one mail
 * per address), with the name to greet it by (the first row's that gives one; blank: none).
 */
public record Subscriber(String address, String name, List<Subscription> subscriptions) {
    public Subscriber {
        subscriptions = List.copyOf(subscriptions);
    }
}
