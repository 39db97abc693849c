//! Stable keys of enums: the one way a value is named in files, links, stored
//! records and test ids. `stable_keys!` gives an enum its `ALL` (every value, in
//! the order listed), `key` and `from_key` from one list of `Variant => "key"`,
//! so each key is written once and the three cannot disagree (a variant left out
//! of the list does not compile: `key`'s match is exhaustive).

/// `stable_keys! { /// docs of ALL \n Enum { A => "a", B => "b" } }`; for an
/// enum that is not `Copy`, whose variants may carry data, `Enum by_ref { A =>
/// "a", B(Vec::new()) => "b" }`: `ALL` then holds each data variant with the
/// value given, and `key` takes `&self`.
#[macro_export]
macro_rules! stable_keys {
    ($(#[$all:meta])* $name:ident by_ref { $($variant:ident $(($value:expr))? => $key:literal),+ $(,)? }) => {
        impl $name {
            $(#[$all])*
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant $(($value))?),+];

            /// Its stable key: never changes once released.
            pub const fn key(&self) -> &'static str {
                match self {
                    $($name::$variant { .. } => $key),+
                }
            }

            /// The value `key` names (a data variant with the value in `ALL`).
            #[allow(dead_code)]
            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.key() == key)
            }
        }
    };
    ($(#[$all:meta])* $name:ident { $($variant:ident => $key:literal),+ $(,)? }) => {
        impl $name {
            $(#[$all])*
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// Its stable key: never changes once released.
            pub const fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            /// The value `key` names (exactly as `key` writes it). Not every
            /// enum is read back (the screens' parts are only written).
            #[allow(dead_code)]
            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|v| v.key() == key)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Fruit {
        Apple,
        Pear,
    }
    crate::stable_keys! {
        /// Both fruits.
        Fruit { Pear => "pear", Apple => "apple" }
    }

    #[derive(Clone, Debug, PartialEq, Eq)]
    enum Basket {
        Empty,
        Full(Vec<u8>),
    }
    crate::stable_keys! {
        /// Both baskets, the full one with nothing in it.
        Basket by_ref { Full(Vec::new()) => "full", Empty => "empty" }
    }

    #[test]
    fn a_data_variant_is_keyed_whatever_it_holds() {
        assert_eq!(Basket::ALL, [Basket::Full(Vec::new()), Basket::Empty]);
        assert_eq!(Basket::Full(vec![1, 2]).key(), "full");
        assert_eq!(Basket::from_key("full"), Some(Basket::Full(Vec::new())));
        assert_eq!(Basket::from_key("empty"), Some(Basket::Empty));
        assert_eq!(Basket::from_key("Full"), None);
    }

    #[test]
    fn all_keeps_the_listed_order_and_keys_read_back() {
        assert_eq!(Fruit::ALL, [Fruit::Pear, Fruit::Apple]);
        for f in Fruit::ALL {
            assert_eq!(Fruit::from_key(f.key()), Some(f));
        }
        assert_eq!(Fruit::from_key("Apple"), None);
        assert_eq!(Fruit::from_key(""), None);
    }
}
