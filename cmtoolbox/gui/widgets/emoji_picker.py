"""A small emoji popup for posts: the emoji CMs actually use, by category, searchable in French or English.

The full Unicode list (3,700+ emoji) is a poor tool for writing a post: this picker holds a curated
set of about 200 with French and English keywords ("pain", "bread", "coeur", "fleche"...), searched
accent-insensitively, plus the ones used recently (kept in the preferences file).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cmtoolbox.core.spelling import fold
from cmtoolbox.gui.i18n import tr

__all__ = ["EMOJI", "Emoji", "EmojiPicker", "search_emoji"]

RECENT_KEY = "emoji/recent"
MAX_RECENT = 16

# [category] then one emoji a line: emoji | English keywords | French keywords (the first words name it).
_TABLE = """
[smileys]
😀|grinning face smile happy|visage souriant sourire content
😃|smiling face big eyes happy|sourire grands yeux joie
😄|smiling eyes laugh|sourire yeux rieurs rire
😁|beaming grin|sourire radieux dents
😂|tears of joy laughing lol|larmes de joie mort de rire mdr
🤣|rolling on the floor laughing|mort de rire ptdr
😊|smiling blush happy|sourire rougir content
😇|halo innocent angel|ange innocent auréole
🙂|slightly smiling|léger sourire
😉|wink|clin d'oeil
😍|heart eyes love|yeux coeurs amoureux adore
🥰|smiling hearts love|visage coeurs amour
😘|blowing a kiss|bisou baiser
😋|yum delicious tongue|miam délicieux gourmand
😎|sunglasses cool|lunettes de soleil cool
🤩|star struck wow|des étoiles plein les yeux waouh
🥳|party face celebration|fête visage célébration
🤔|thinking hmm|réfléchir pensif
🤗|hug hugging|câlin
🤫|shush secret|chut secret
😮|open mouth surprise|bouche ouverte surprise
😱|scream shocked|cri choqué peur
😢|crying sad tear|pleure triste larme
😭|sobbing loudly crying|sanglots pleurer
😅|sweat smile relief|sourire gêné ouf
😬|grimace awkward|grimace gêne
🙄|eye roll|lever les yeux au ciel
😴|sleeping tired|dort fatigué sommeil
🤤|drooling hungry|baver faim
🤯|mind blown|cerveau explose incroyable
😡|angry pouting|colère énervé
🫶|heart hands love|mains en coeur amour
[gestures]
👍|thumbs up like ok|pouce levé j'aime
👎|thumbs down dislike|pouce baissé
👏|clapping applause bravo|applaudir bravo
🙌|raising hands hooray|mains levées youpi
🙏|folded hands thanks please|mains jointes merci s'il vous plaît
💪|flexed biceps strong|biceps force
👋|waving hand hello bye|main qui salue bonjour au revoir
👉|pointing right|doigt vers la droite
👇|pointing down|doigt vers le bas
👆|pointing up|doigt vers le haut
👀|eyes look|yeux regarder
✌️|victory peace|victoire paix
🤝|handshake deal partnership|poignée de main partenariat accord
🤞|fingers crossed luck|doigts croisés chance
👌|ok perfect|ok parfait
✍️|writing hand|main qui écrit
🧑‍🍳|cook chef|cuisinier chef
👩‍💻|woman technologist computer|femme informaticienne ordinateur
👨‍🍳|man cook baker|cuisinier boulanger
👪|family|famille
[food]
🥖|baguette bread|baguette pain
🍞|bread loaf|pain de mie pain
🥐|croissant viennoiserie|croissant viennoiserie
🥨|pretzel|bretzel
🥯|bagel|bagel
🧁|cupcake|cupcake petit gâteau
🍰|shortcake cake slice|part de gâteau pâtisserie
🎂|birthday cake|gâteau d'anniversaire
🥧|pie tart|tarte
🍪|cookie biscuit|cookie biscuit
🍫|chocolate bar|chocolat tablette
🍩|doughnut|beignet donut
🍮|custard flan|flan crème
🍯|honey pot|miel
🧈|butter|beurre
🥚|egg|oeuf
🧀|cheese|fromage
🍓|strawberry|fraise
🍒|cherries|cerises
🍋|lemon|citron
🍎|red apple|pomme
🍐|pear|poire
🍑|peach|pêche
🫐|blueberries|myrtilles
🌰|chestnut|châtaigne marron
🥜|peanuts nuts|cacahuètes noix
☕|coffee hot beverage|café boisson chaude
🍵|tea cup|thé tasse
🥛|glass of milk|verre de lait
🍷|wine glass|vin verre
🍾|champagne bottle popping|champagne bouteille
🥂|clinking glasses cheers toast|trinquer santé
🍽️|plate cutlery restaurant|assiette couverts restaurant
🥗|salad|salade
🍕|pizza|pizza
🌾|wheat sheaf flour|blé épi farine
[celebration]
🎉|party popper celebration|fête cotillons célébration
🎊|confetti ball|confettis
🎁|gift present|cadeau
🎈|balloon|ballon
🎄|christmas tree|sapin de noël
🎅|santa claus|père noël
🎃|jack o lantern halloween|citrouille halloween
🐣|hatching chick easter|poussin pâques
👑|crown king galette|couronne roi galette des rois
💝|heart with ribbon gift|coeur cadeau
💐|bouquet flowers|bouquet fleurs
🏆|trophy winner|trophée gagnant
🥇|first place gold medal|médaille d'or premier
🎯|direct hit target goal|cible objectif
🎟️|ticket admission|ticket billet
🎤|microphone|micro
🎶|music notes|notes de musique
📸|camera flash photo|appareil photo
🎬|clapper board video|clap vidéo tournage
✨|sparkles new|étincelles nouveau
🌟|glowing star|étoile brillante
⭐|star|étoile
🔥|fire hot trending|feu chaud tendance
💯|hundred points perfect|cent points parfait
[nature]
☀️|sun sunny|soleil ensoleillé
🌤️|sun behind cloud|soleil nuage
🌧️|rain cloud|pluie nuage
❄️|snowflake winter|flocon neige hiver
🌈|rainbow|arc-en-ciel
🌸|cherry blossom spring|fleur de cerisier printemps
🌻|sunflower summer|tournesol été
🌷|tulip|tulipe
🌹|rose|rose
🍂|fallen leaves autumn|feuilles mortes automne
🍁|maple leaf autumn|feuille d'érable automne
🌱|seedling growth|pousse croissance
🌿|herb|herbe
🌍|globe earth world|planète terre monde
🌙|crescent moon night|lune nuit
🐝|honeybee|abeille
🦋|butterfly|papillon
🐶|dog|chien
🐱|cat|chat
♻️|recycling|recyclage
[objects]
📣|megaphone announcement|mégaphone annonce
📢|loudspeaker|haut-parleur annonce
💡|light bulb idea tip|ampoule idée astuce
📅|calendar date|calendrier date
🗓️|spiral calendar|agenda calendrier
⏰|alarm clock|réveil heure
⏳|hourglass countdown|sablier compte à rebours
📍|round pushpin location|punaise lieu adresse
🗺️|world map|carte
🏠|house home|maison
🏪|convenience store shop|boutique magasin
🛒|shopping cart|caddie panier courses
🛍️|shopping bags|sacs shopping
💰|money bag|argent sac
💶|euro banknote|billet euro
💳|credit card|carte bancaire
🏷️|label tag price|étiquette prix
📦|package parcel|colis paquet
🚚|delivery truck|camion livraison
📱|mobile phone|téléphone portable
💻|laptop computer|ordinateur portable
📧|email|e-mail courriel
✉️|envelope mail|enveloppe courrier
📞|telephone receiver call|téléphone appel
🔗|link|lien
📝|memo note|mémo note
📊|bar chart stats|graphique statistiques
📈|chart increasing growth|courbe hausse croissance
📉|chart decreasing|courbe baisse
🧾|receipt|reçu ticket de caisse
🔔|bell notification|cloche notification
🔒|locked|cadenas fermé
🎨|artist palette design|palette créa design
✂️|scissors|ciseaux
🧺|basket|panier
🚲|bicycle|vélo
🚗|car|voiture
✈️|airplane travel|avion voyage
[symbols]
❤️|red heart love|coeur rouge amour
🧡|orange heart|coeur orange
💛|yellow heart|coeur jaune
💚|green heart|coeur vert
💙|blue heart|coeur bleu
💜|purple heart|coeur violet
🤎|brown heart|coeur marron
🖤|black heart|coeur noir
🤍|white heart|coeur blanc
💕|two hearts|deux coeurs
💖|sparkling heart|coeur étincelant
✅|check mark button done yes|coche validé oui
☑️|check box|case cochée
✔️|check mark|coche
❌|cross mark no|croix non
⚠️|warning|attention avertissement
❗|exclamation mark|point d'exclamation
❓|question mark|point d'interrogation
➡️|right arrow|flèche droite
⬅️|left arrow|flèche gauche
⬆️|up arrow|flèche haut
⬇️|down arrow|flèche bas
↪️|right arrow curving|flèche retour
🔜|soon arrow|bientôt
🆕|new button|nouveau
🆓|free button|gratuit
🔝|top arrow|top
📌|pushpin pinned|épingle épinglé
🔴|red circle live|rond rouge direct
🟢|green circle|rond vert
🔵|blue circle|rond bleu
⚡|high voltage lightning flash|éclair flash
💬|speech balloon comment|bulle commentaire
🗨️|speech bubble|bulle
1️⃣|keycap one number|un chiffre
2️⃣|keycap two number|deux chiffre
3️⃣|keycap three number|trois chiffre
🇫🇷|flag france french|drapeau france français
🇪🇺|flag european union|drapeau union européenne
"""


@dataclass(frozen=True)
class Emoji:
    char: str
    category: str
    english: str
    french: str

    def name(self, language: str) -> str:
        """A short name in the interface language: the first keywords of its line."""
        words = self.french if language == "fr" else self.english
        return " ".join(words.split()[:3])


def _parse(table: str) -> tuple[Emoji, ...]:
    found: list[Emoji] = []
    category = ""
    for line in table.strip().splitlines():
        if line.startswith("["):
            category = line.strip("[]")
            continue
        char, english, french = line.split("|")
        found.append(Emoji(char, category, english, french))
    return tuple(found)


EMOJI: tuple[Emoji, ...] = _parse(_TABLE)
_BY_CHAR = {e.char: e for e in EMOJI}


def _category_titles() -> dict[str, str]:
    return {
        "recent": tr("Recently used"),
        "smileys": tr("Smileys"),
        "gestures": tr("Gestures and people"),
        "food": tr("Food and drink"),
        "celebration": tr("Celebrations"),
        "nature": tr("Nature and weather"),
        "objects": tr("Objects and business"),
        "symbols": tr("Hearts, arrows and symbols"),
    }


@cache
def _keywords(emoji: Emoji) -> tuple[str, ...]:
    official = []
    for ch in emoji.char:
        try:
            official.append(unicodedata.name(ch))
        except ValueError:
            pass
    text = " ".join([emoji.english, emoji.french, *official])
    return tuple(fold(text).replace("-", " ").replace("'", " ").split())


def search_emoji(query: str) -> list[Emoji]:
    """Emoji whose French or English keywords start with every word of `query` (accents ignored)."""
    terms = fold(query).replace("-", " ").replace("'", " ").split()
    if not terms:
        return list(EMOJI)
    return [e for e in EMOJI if all(any(k.startswith(t) for k in _keywords(e)) for t in terms)]


class _SearchBox(QLineEdit):
    """Arrow keys and Enter go to the grid, so the picker works from the keyboard alone."""

    def __init__(self, grid: QListWidget, picker: EmojiPicker) -> None:
        super().__init__()
        self._grid = grid
        self._picker = picker

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self._grid.currentItem() or self._grid.item(0)
            if item is not None:
                self._picker.choose(item.data(Qt.ItemDataRole.UserRole))
            return
        arrows = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if event.key() in arrows and self._grid.count():
            self._grid.setFocus()
            if self._grid.currentItem() is None:
                self._grid.setCurrentRow(0)
            return
        super().keyPressEvent(event)


class EmojiPicker(QFrame):
    """The popup. `emoji_chosen(str)` fires with the emoji; `recent` is read from and saved to `prefs`."""

    emoji_chosen = Signal(str)

    def __init__(
        self, language: str = "en", prefs: object | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("emojiPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._language = language
        self._prefs = prefs
        self._category = "smileys"

        self.grid = QListWidget()
        self.grid.setObjectName("emojiGrid")
        self.grid.setViewMode(QListWidget.ViewMode.IconMode)
        self.grid.setMovement(QListWidget.Movement.Static)
        self.grid.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grid.setUniformItemSizes(True)
        self.grid.setGridSize(QSize(38, 38))
        self.grid.setSpacing(0)
        font = QFont(self.grid.font())
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.7)
        self.grid.setFont(font)
        self.grid.itemActivated.connect(lambda item: self.choose(item.data(Qt.ItemDataRole.UserRole)))
        self.grid.itemClicked.connect(lambda item: self.choose(item.data(Qt.ItemDataRole.UserRole)))

        self.search = _SearchBox(self.grid, self)
        self.search.setObjectName("emojiSearch")
        self.search.setPlaceholderText(self.tr("Search: coeur, pain, fête, heart…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refresh)

        self.title = QLabel()
        self.title.setObjectName("emojiCategoryTitle")
        tabs = QHBoxLayout()
        tabs.setSpacing(2)
        self.category_buttons: dict[str, QToolButton] = {}
        titles = _category_titles()
        tab_font = QFont(self.font())
        tab_font.setPointSizeF(max(tab_font.pointSizeF(), 9) * 1.3)
        for key, sample in (("recent", "🕘"), ("smileys", "😀"), ("gestures", "👍"), ("food", "🥐"),
                            ("celebration", "🎉"), ("nature", "🌸"), ("objects", "📣"), ("symbols", "❤️")):
            button = QToolButton()
            button.setText(sample)
            button.setFont(tab_font)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(titles[key])
            button.setAccessibleName(titles[key])
            button.clicked.connect(lambda _=False, k=key: self.show_category(k))
            tabs.addWidget(button)
            self.category_buttons[key] = button
        tabs.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addLayout(tabs)
        layout.addWidget(self.title)
        layout.addWidget(self.grid, 1)
        self.resize(360, 330)
        self.show_category("recent" if self.recent() else "smileys")

    # -- recent ------------------------------------------------------------------------------
    def recent(self) -> list[str]:
        if self._prefs is None:
            return []
        raw = self._prefs.value(RECENT_KEY, "")  # type: ignore[attr-defined]
        return [c for c in str(raw or "").split(" ") if c][:MAX_RECENT]

    def _remember(self, char: str) -> None:
        if self._prefs is None:
            return
        chars = [char, *[c for c in self.recent() if c != char]][:MAX_RECENT]
        self._prefs.set_value(RECENT_KEY, " ".join(chars))  # type: ignore[attr-defined]

    # -- display -----------------------------------------------------------------------------
    def show_category(self, key: str) -> None:
        self._category = key
        for name, button in self.category_buttons.items():
            button.setChecked(name == key)
        if self.search.text():
            self.search.clear()  # refreshes
        else:
            self._refresh()

    def _refresh(self) -> None:
        query = self.search.text().strip()
        titles = _category_titles()
        if query:
            found = search_emoji(query)
            self.title.setText(self.tr("No emoji found") if not found else self.tr("Search results"))
        elif self._category == "recent":
            found = [_BY_CHAR.get(c) or Emoji(c, "recent", "", "") for c in self.recent()]
            self.title.setText(titles["recent"] if found else self.tr("No emoji used yet"))
        else:
            found = [e for e in EMOJI if e.category == self._category]
            self.title.setText(titles[self._category])
        self.grid.clear()
        for emoji in found:
            item = QListWidgetItem(emoji.char)
            item.setData(Qt.ItemDataRole.UserRole, emoji.char)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            name = emoji.name(self._language)
            if name:
                item.setToolTip(name)
            self.grid.addItem(item)
        if found:
            self.grid.setCurrentRow(0)

    def visible_emoji(self) -> list[str]:
        return [self.grid.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.grid.count())]

    def choose(self, char: str) -> None:
        self._remember(char)
        self.emoji_chosen.emit(char)
        self.close()

    def popup_at(self, global_pos) -> None:  # noqa: ANN001 - QPoint
        self.search.clear()
        self.show_category("recent" if self.recent() else self._category)
        self.move(global_pos)
        self.show()
        self.search.setFocus()
