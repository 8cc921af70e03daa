//! Rendered tables as insta snapshots, so a change in any cell or in the layout shows in review.

use winsock_bind::rules::Users;
use winsock_bind::table::{self, Format, Spec};
use winsock_bind::Era;

#[test]
fn documented_tables_as_markdown() {
    for (name, era, users) in [
        ("table2_pre2003", Era::XpSp2, Users::Same),
        ("table3_enhanced_same_user", Era::Server2003, Users::Same),
        ("table4_enhanced_different_users", Era::Server2003, Users::Different),
    ] {
        insta::assert_snapshot!(name, table::render(&table::generate(&Spec::new(era, users)), Format::Markdown));
    }
}

#[test]
fn eras_listing() {
    insta::assert_snapshot!(winsock_bind::eras_table());
}
