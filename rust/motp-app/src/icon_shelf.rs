//! The installed icon pack as the list draws it: each row's picture found once per issuer
//! (Aegis's matching, motp-core's `IconIndex::find`) and remembered, so a tick's view does not
//! search the pack again; initials from motp-core when no picture fits.

use std::sync::Mutex;

use motp_core::icon_pack::{self, IconFormat, IconIndex};

use crate::view::{IconImage, IconImageFormat, RowIcon};

/// The pack's index and the pictures already found, by issuer.
#[derive(Debug)]
pub(crate) struct IconShelf {
    index: IconIndex,
    /// Issuer (as the token spells it) → the index of its icon: one entry per distinct issuer
    /// in the vault, looked up in order (a list is less code in the phone library than a map,
    /// and a vault's issuers are few). A new pack starts a new shelf.
    found: Mutex<Vec<(String, Option<usize>)>>,
}

impl IconShelf {
    pub(crate) fn new(index: IconIndex) -> IconShelf {
        IconShelf {
            index,
            found: Mutex::new(Vec::new()),
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
        let at = match found.iter().find(|(i, _)| i == issuer) {
            Some((_, at)) => *at,
            None => {
                let at = self
                    .index
                    .find(issuer)
                    .and_then(|icon| self.index.icons.iter().position(|i| i == icon));
                found.push((issuer.to_owned(), at));
                at
            }
        };
        let icon = self.index.icons.get(at?)?;
        Some(IconImage {
            path: icon.path.to_string_lossy().into_owned(),
            format: match icon.format {
                IconFormat::Svg => IconImageFormat::Svg,
                IconFormat::Png => IconImageFormat::Png,
                IconFormat::Jpeg => IconImageFormat::Jpeg,
            },
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
