//! Proves the headless path: iced_test renders a real view with tiny-skia.
use iced::widget::{button, column, text};
use iced::{Element, Theme};

#[derive(Debug, Clone)]
enum Msg {
    Click,
}

#[test]
fn snapshot_renders() {
    let view: Element<'_, Msg> =
        column![text("Hello"), button(text("Go")).on_press(Msg::Click)].into();
    let mut ui = iced_test::simulator(view);
    let _ = ui.click("Go").expect("button");
    let snap = ui.snapshot(&Theme::Light).expect("snapshot");
    let _ = snap.matches_image("/tmp/probe.png");
}
