//! Reading the text back out of a drawn SVG.

/// Each `<text>` element of `svg`: its content, x and text-anchor.
pub(crate) fn texts(svg: &str) -> Vec<(String, i32, String)> {
    svg.split("<text ")
        .skip(1)
        .map(|element| {
            let (attributes, rest) = element.split_once('>').expect("a whole tag");
            let attributes = format!(" {attributes}");
            let attribute = |name: &str| {
                let (_, after) = attributes
                    .split_once(&format!(" {name}=\""))
                    .expect("every <text> has x and text-anchor");
                after.split_once('"').expect("a quoted value").0.to_owned()
            };
            let content = rest.split_once("</text>").expect("a closing tag").0;
            let content = unescape(content.trim());
            let x = attribute("x").parse().expect("a whole number");
            (content, x, attribute("text-anchor"))
        })
        .collect()
}

/// Text as written in XML, read back: `&gt;` is `>`.
pub(crate) fn unescape(text: &str) -> String {
    let entities = [
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&quot;", "\""),
        ("&apos;", "'"),
    ];
    let text = entities
        .iter()
        .fold(text.to_owned(), |text, (entity, character)| {
            text.replace(entity, character)
        });
    text.replace("&amp;", "&")
}
