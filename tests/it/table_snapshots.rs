//! Every table format as an insta snapshot, so a change in a cell, a rule, a label or the layout
//! shows in review. `cargo insta review` (or `INSTA_UPDATE=always cargo test`) updates them.

use winsock_bind::rules::Users;
use winsock_bind::table::{self, Format, RenderOptions, Spec, TableFamily};
use winsock_bind::Era;

const EXPLAIN: RenderOptions = RenderOptions { explain: true, documented: false };

fn mixed_win10_different() -> table::Table {
    table::generate(&Spec { family: TableFamily::Mixed, ..Spec::new(Era::Win10, Users::Different) })
}

#[test]
fn markdown_mixed_with_rules() {
    insta::assert_snapshot!(table::render_with(&mixed_win10_different(), Format::Markdown, EXPLAIN));
}

#[test]
fn markdown_mixed_documented() {
    let options = RenderOptions { explain: false, documented: true };
    insta::assert_snapshot!(table::render_with(&mixed_win10_different(), Format::Markdown, options));
}

#[test]
fn csv_mixed_with_rules() {
    insta::assert_snapshot!(table::render_with(&mixed_win10_different(), Format::Csv, EXPLAIN));
}

#[test]
fn csv_v6_server2003_different_users() {
    let t = table::generate(&Spec { family: TableFamily::V6, ..Spec::new(Era::Server2003, Users::Different) });
    insta::assert_snapshot!(table::render(&t, Format::Csv));
}

#[test]
fn json_table_4_with_rules() {
    let t = table::generate(&Spec::new(Era::Server2003, Users::Different));
    insta::assert_snapshot!(table::render_with(&t, Format::Json, EXPLAIN));
}

/// The page without its embedded data (tests/it/table_cli.rs checks the data against the model),
/// so the snapshot shows the markup, styles and script a reviewer can read.
#[test]
fn html_page_for_table_4() {
    let t = table::generate(&Spec::new(Era::Server2003, Users::Different));
    let page = table::render(&t, Format::Html);
    let open = "<script type=\"application/json\" id=\"table-data\">";
    let start = page.find(open).expect("embedded data") + open.len();
    let end = start + page[start..].find("</script>").expect("end of the data");
    let elided = format!("{}/* {} bytes of table data */{}", &page[..start], end - start, &page[end..]);
    insta::assert_snapshot!(elided);
}

/// Linux against win10, a TCP server listening, one user: the cells where SO_REUSEADDR means
/// "restart past TIME_WAIT" on one and "share or shadow" on the other, each with its why.
#[test]
fn compare_linux_win10_same_user_markdown() {
    let spec = table::CompareSpec {
        era: Era::Win10,
        users: Users::Same,
        proto: winsock_bind::Proto::Tcp,
        first_state: table::FirstState::Listening,
    };
    insta::assert_snapshot!(spec.generate().markdown());
}

#[test]
fn linux_json_different_users_udp() {
    let spec = table::LinuxSpec {
        users: Users::Different,
        proto: winsock_bind::Proto::Udp,
        first_state: table::FirstState::Bound,
    };
    insta::assert_snapshot!(spec.json());
}
