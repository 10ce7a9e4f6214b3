package com.lawfirm.kit.privacy;

import java.util.function.Supplier;

/** A value obtained on first use and kept: for beans that exist only once the context is built. */
final class FirstUse<T> implements Supplier<T> {

    private final Supplier<T> source;
    private volatile T value;

    FirstUse(Supplier<T> source) {
        this.source = source;
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                if (value == null) {
                    value = source.get();
                }
                current = value;
            }
        }
        return current;
    }
}
