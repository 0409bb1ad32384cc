//! The installed icon pack as the list draws it: each row's picture found once per issuer
//! (Aegis's matching, motp-core's `IconIndex::find`) and remembered, so a tick's view does not
//! search the pack again; initials from motp-core when no picture fits.

use std::collections::HashMap;
use std::sync::Mutex;

use motp_core::icon_pack::{self, IconFormat, IconIndex};

use crate::view::{IconImage, IconImageFormat, RowIcon};

/// The pack's index and the pictures already found, by issuer.
#[derive(Debug)]
pub(crate) struct IconShelf {
    index: IconIndex,
    /// Issuer (as the token spells it) → the index of its icon. As many entries as distinct
    /// issuers in the vault; a new pack starts a new shelf.
    found: Mutex<HashMap<String, Option<usize>>>,
}

impl IconShelf {
    pub(crate) fn new(index: IconIndex) -> IconShelf {
        IconShelf {
            index,
            found: Mutex::new(HashMap::new()),
        }
    }

    pub(crate) fn index(&self) -> &IconIndex {
        &self.index
    }

    /// The picture for `issuer`, if the pack has one.
    pub(crate) fn image(&self, issuer: &str) -> Option<IconImage> {
        let mut found = self
            .found
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let at = *found.entry(issuer.to_owned()).or_insert_with(|| {
            self.index
                .find(issuer)
                .and_then(|icon| self.index.icons.iter().position(|i| i == icon))
        });
        let icon = self.index.icons.get(at?)?;
        let (format, mime) = match icon.format {
            IconFormat::Svg => (IconImageFormat::Svg, IconFormat::Svg.mime_type()),
            IconFormat::Png => (IconImageFormat::Png, IconFormat::Png.mime_type()),
            IconFormat::Jpeg => (IconImageFormat::Jpeg, IconFormat::Jpeg.mime_type()),
        };
        Some(IconImage {
            path: icon.path.to_string_lossy().into_owned(),
            format,
            mime_type: mime.to_owned(),
        })
    }
}

/// A row's icon: the shelf's picture for the issuer, and the initials of the issuer (the
/// account when there is no issuer) always, for the shell to show without a picture.
pub(crate) fn row_icon(shelf: Option<&IconShelf>, issuer: Option<&str>, account: &str) -> RowIcon {
    let issuer = issuer.map(str::trim).filter(|i| !i.is_empty());
    RowIcon {
        initials: icon_pack::initials(issuer.unwrap_or(account)),
        image: shelf.zip(issuer).and_then(|(s, i)| s.image(i)),
    }
}
