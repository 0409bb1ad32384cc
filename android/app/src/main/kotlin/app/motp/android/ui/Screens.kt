// One composable per screen of the core. Each draws its view record and sends events; texts,
// labels and errors are the core's (already in the user's language). Typed secrets, PINs and
// passwords are wrapped in SensitiveText as they are sent.
package app.motp.android.ui

import android.net.Uri
import android.provider.DocumentsContract
import androidx.camera.view.PreviewView
import androidx.compose.foundation.Canvas
import androidx.compose.foundation.clickable
import androidx.compose.foundation.gestures.detectDragGesturesAfterLongPress
import androidx.compose.foundation.horizontalScroll
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.lazy.itemsIndexed
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.FilterChip
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.pulltorefresh.PullToRefreshBox
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.input.pointer.pointerInput
import androidx.compose.ui.layout.onSizeChanged
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import androidx.compose.ui.viewinterop.AndroidView
import app.motp.android.CameraXCamera
import app.motp.core.*
import app.motp.shell.SearchField

private val pad = Modifier.padding(horizontal = 16.dp, vertical = 6.dp)

@Composable
private fun Title(text: String) = Text(text, pad, style = MaterialTheme.typography.headlineSmall)

/** The error when it belongs to [field] (drawn under that field). */
private fun FieldError?.on(field: InputField): FieldError? = this?.takeIf { it.field == field }

/** The screen's error, unless it is drawn under one of the screen's [drawn] fields. */
@Composable
private fun ErrorText(error: FieldError?, drawn: Set<InputField> = emptySet()) {
    error?.takeIf { it.field == null || it.field !in drawn }?.let { Text(it.text, pad, color = MaterialTheme.colorScheme.error) }
}

@Composable
private fun SecretField(label: String, value: String, onChange: (String) -> Unit, error: FieldError? = null, digits: Boolean = false) =
    OutlinedTextField(
        value = value, onValueChange = onChange, modifier = pad.fillMaxWidth(), label = { Text(label) }, singleLine = true,
        isError = error != null, supportingText = if (error != null) { { Text(error.text) } } else null,
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(keyboardType = if (digits) KeyboardType.NumberPassword else KeyboardType.Password),
    )

@Composable
private fun Field(label: String, value: String, onChange: (String) -> Unit, error: FieldError? = null, digits: Boolean = false) =
    OutlinedTextField(
        value = value, onValueChange = onChange, modifier = pad.fillMaxWidth(), label = { Text(label) }, singleLine = true,
        isError = error != null, supportingText = if (error != null) { { Text(error.text) } } else null,
        keyboardOptions = KeyboardOptions(keyboardType = if (digits) KeyboardType.Number else KeyboardType.Text),
    )

/** A token's issuer (when it has one) over its account. */
@Composable
private fun TokenName(issuer: String?, account: String, modifier: Modifier = Modifier) = Column(modifier) {
    issuer?.let { Text(it, style = MaterialTheme.typography.titleMedium) }
    Text(account, style = if (issuer == null) MaterialTheme.typography.titleMedium else MaterialTheme.typography.bodyMedium)
}

@Composable
fun FirstRunScreen(v: FirstRunView, busy: Boolean, s: Sender) {
    var password by remember { mutableStateOf("") }
    var confirmation by remember { mutableStateOf("") }
    var useDeviceKey by remember { mutableStateOf(v.deviceKeyAvailable) }
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.title)
        Text(v.explanation, pad)
        SecretField(v.passwordLabel, password, { password = it; s.send(AppEvent.FirstRun(FirstRunEvent.FirstRunPasswordChanged(SensitiveText(it)))) }, v.error.on(InputField.PASSWORD))
        Text(v.strengthText, pad, style = MaterialTheme.typography.bodySmall)
        SecretField(v.confirmationLabel, confirmation, { confirmation = it }, v.error.on(InputField.PASSWORD_CONFIRMATION))
        v.deviceKeyLabel?.takeIf { v.deviceKeyAvailable }?.let { label ->
            Row(pad, verticalAlignment = Alignment.CenterVertically) {
                Checkbox(useDeviceKey, { useDeviceKey = it })
                Text(label)
            }
        }
        ErrorText(v.error, setOf(InputField.PASSWORD, InputField.PASSWORD_CONFIRMATION, InputField.SYNC_ADDRESS))
        Button({ s.send(AppEvent.FirstRun(FirstRunEvent.CreateVault(SensitiveText(password), SensitiveText(confirmation), useDeviceKey, s.now()))) }, pad, enabled = !busy) { Text(v.createLabel) }
        JoinSection(v.join, v.error, busy, s)
    }
}

/** First run's other way in: the vault another device keeps on the sync server. */
@Composable
private fun JoinSection(j: JoinView, error: FieldError?, busy: Boolean, s: Sender) {
    var url by remember { mutableStateOf("") }
    var user by remember { mutableStateOf("") }
    var serverPassword by remember { mutableStateOf("") }
    var vaultPassword by remember { mutableStateOf("") }
    Title(j.title)
    Text(j.explanation, pad)
    OutlinedTextField(url, { url = it }, pad.fillMaxWidth(), label = { Text(j.urlLabel) }, placeholder = { Text(j.urlPlaceholder) }, singleLine = true,
        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Uri), isError = error.on(InputField.SYNC_ADDRESS) != null)
    ErrorText(error.on(InputField.SYNC_ADDRESS))
    Field(j.userLabel, user, { user = it })
    SecretField(j.serverPasswordLabel, serverPassword, { serverPassword = it })
    SecretField(j.vaultPasswordLabel, vaultPassword, { vaultPassword = it }, error.on(InputField.PASSWORD))
    if (j.joining) LinearProgressIndicator(pad.fillMaxWidth())
    OutlinedButton({
        s.send(AppEvent.FirstRun(FirstRunEvent.JoinSync(url, user, SensitiveText(serverPassword), SensitiveText(vaultPassword), s.now())))
        vaultPassword = ""
    }, pad, enabled = !busy && !j.joining) { Text(j.joinLabel) }
}

@Composable
fun UnlockScreen(v: UnlockView, busy: Boolean, s: Sender) {
    var password by remember { mutableStateOf("") }
    Column {
        Title(v.title)
        v.hint?.let { Text(it, pad) }
        for (method in v.methods) if (method.kind == UnlockMethodKind.DEVICE_KEY) {
            OutlinedButton({ s.send(AppEvent.Unlock(UnlockEvent.UnlockWithDeviceKey(s.now()))) }, pad, enabled = !busy && !v.waitingForDeviceKey && !v.deviceKeyInvalidated) { Text(method.label) }
        }
        SecretField(v.passwordLabel, password, { password = it }, v.error.on(InputField.PASSWORD))
        ErrorText(v.error, setOf(InputField.PASSWORD))
        Button({ s.send(AppEvent.Unlock(UnlockEvent.UnlockWithPassword(SensitiveText(password), s.now()))); password = "" }, pad, enabled = !busy) { Text(v.unlockLabel) }
    }
}

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun ListScreen(v: ListView, l: Labels, busy: Boolean, s: Sender) {
    Column {
        Title(v.title)
        // The screen's actions, in words (they may be long in some languages: the row scrolls).
        Row(Modifier.horizontalScroll(rememberScrollState()).padding(horizontal = 8.dp), verticalAlignment = Alignment.CenterVertically) {
            Button({ s.send(AppEvent.Navigate(AppDestination.Add, s.now())) }) { Text(l.addToken) }
            TextButton({ s.send(AppEvent.Lock(s.now())) }) { Text(l.lock) }
            TextButton({ s.send(AppEvent.Navigate(AppDestination.Backups, s.now())) }) { Text(l.backups) }
            TextButton({ s.send(AppEvent.Navigate(AppDestination.Troubleshooting, s.now())) }) { Text(l.troubleshooting) }
            TextButton({ s.send(AppEvent.Navigate(AppDestination.Settings, s.now())) }) { Text(l.settings) }
            v.trashLink?.let { TextButton({ s.send(AppEvent.Navigate(AppDestination.Trash, s.now())) }) { Text(it) } }
        }
        // The last deletion, with "Undo" (the core drops it after its time: `until_ms`).
        v.undo?.let { undo ->
            Card(pad.fillMaxWidth()) {
                Row(Modifier.padding(8.dp), verticalAlignment = Alignment.CenterVertically) {
                    Text(undo.text, Modifier.weight(1f))
                    TextButton({ s.send(AppEvent.List(ListEvent.UndoDelete(s.now()))) }, enabled = !busy) { Text(l.undo) }
                    TextButton({ s.send(AppEvent.List(ListEvent.DismissUndo)) }) { Text(l.dismiss) }
                }
            }
        }
        // The sort menu: the core sorts, the shell only offers its choices.
        Row(pad.horizontalScroll(rememberScrollState()), horizontalArrangement = Arrangement.spacedBy(8.dp), verticalAlignment = Alignment.CenterVertically) {
            Text(l.sortBy)
            for (c in v.sortChoices) FilterChip(v.sort == c.sort, { s.send(AppEvent.List(ListEvent.SortChosen(c.sort, s.now()))) }, label = { Text(c.label) })
        }
        // The typed text is the field's value (app.motp.shell.SearchField); the core gets it as
        // the filter. Showing the core's `v.search` instead lost keys typed while it caught up.
        val searchField = remember { SearchField(v.search) }
        var search by remember { mutableStateOf(searchField.text) }
        OutlinedTextField(
            value = search,
            onValueChange = { typed ->
                searchField.edited(typed)?.let { query -> s.send(AppEvent.List(ListEvent.SearchChanged(query, s.now()))) }
                search = searchField.text
            },
            modifier = pad.fillMaxWidth(), label = { Text(l.search) }, singleLine = true,
        )
        if (v.groups.isNotEmpty()) Row(pad.horizontalScroll(rememberScrollState()), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            FilterChip(v.selectedGroup == null, { s.send(AppEvent.List(ListEvent.GroupSelected(null, s.now()))) }, label = { Text(l.allGroups) })
            for (g in v.groups) FilterChip(v.selectedGroup == g, { s.send(AppEvent.List(ListEvent.GroupSelected(if (v.selectedGroup == g) null else g, s.now()))) }, label = { Text(g) })
        }
        (v.backupReminder ?: v.offerDeviceKeyEnrolment)?.let { Text(it, pad, color = MaterialTheme.colorScheme.tertiary) }
        v.passwordChanged?.let { TextButton({ s.send(AppEvent.Navigate(AppDestination.Settings, s.now())) }, pad) { Text(it, color = MaterialTheme.colorScheme.tertiary) } }
        v.emptyText?.let { Text(it, pad) }
        // A pull-down syncs with the server (the core does nothing when none is set up).
        PullToRefreshBox(isRefreshing = v.syncing, onRefresh = { s.send(AppEvent.List(ListEvent.Refresh(s.now()))) }) {
            LazyColumn {
                itemsIndexed(v.rows, key = { _, row -> row.id }) { index, row -> TokenRowCard(row, index, v.reorder, l, busy, s) }
            }
        }
    }
}

@Composable
private fun TokenRowCard(row: TokenRow, index: Int, reorder: Boolean, l: Labels, busy: Boolean, s: Sender) {
    var pin by remember(row.id) { mutableStateOf("") }
    var height by remember(row.id) { mutableStateOf(1) }
    var dragged by remember(row.id) { mutableStateOf(0f) }
    Card(pad.fillMaxWidth().onSizeChanged { height = it.height.coerceAtLeast(1) }) {
        Column(Modifier.padding(12.dp)) {
            Row(verticalAlignment = Alignment.CenterVertically) {
                TokenIcon(row.icon)
                // The name opens the token's details (TalkBack reads the name, then "double-tap to activate").
                TextButton({ s.send(AppEvent.Navigate(AppDestination.Detail(row.id), s.now())) }, Modifier.weight(1f)) { TokenName(row.issuer, row.account) }
                // Long-press the handle and drag: the row moves by whole rows; the core saves the order.
                if (reorder) Text("≡", Modifier.padding(8.dp).semantics { contentDescription = l.reorder }.pointerInput(row.id, index) {
                    detectDragGesturesAfterLongPress(
                        onDragStart = { dragged = 0f },
                        onDrag = { change, amount -> change.consume(); dragged += amount.y },
                        onDragEnd = {
                            val to = (index + Math.round(dragged / height)).coerceAtLeast(0)
                            if (to != index) s.send(AppEvent.List(ListEvent.MoveToken(row.id, to.toUInt(), s.now())))
                        },
                    )
                }, style = MaterialTheme.typography.titleLarge)
                TextButton({ s.send(AppEvent.List(ListEvent.DeleteToken(row.id, s.now()))) }, enabled = !busy) { Text(l.delete) }
            }
            row.unsupported?.let { Text(it, color = MaterialTheme.colorScheme.error) }
            val code = row.code
            val masked = row.maskedCode
            if (masked != null) {
                // "Hide codes": the view holds no code; a tap asks the core to reveal it.
                Text(masked, Modifier.clickable(onClickLabel = l.revealCode) { s.send(AppEvent.List(ListEvent.RevealCode(row.id, s.now()))) },
                    style = MaterialTheme.typography.displaySmall, fontFamily = FontFamily.Monospace)
                LinearProgressIndicator(progress = { row.progress }, modifier = Modifier.fillMaxWidth())
                Row {
                    TextButton({ s.send(AppEvent.List(ListEvent.RevealCode(row.id, s.now()))) }) { Text(l.revealCode) }
                    TextButton({ s.send(AppEvent.List(ListEvent.CopyCode(row.id, s.now()))) }) { Text(row.copyLabel) }
                }
            } else if (code != null) {
                Text(code, style = MaterialTheme.typography.displaySmall, fontFamily = FontFamily.Monospace)
                LinearProgressIndicator(progress = { row.progress }, modifier = Modifier.fillMaxWidth())
                row.useWithin?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
                row.upcoming?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
                row.typoWarning?.let { Text(it, color = MaterialTheme.colorScheme.error) }
                Row {
                    TextButton({ s.send(AppEvent.List(ListEvent.CopyCode(row.id, s.now()))) }) { Text(row.copyLabel) }
                    row.nextCodeLabel?.let { label -> TextButton({ s.send(AppEvent.List(ListEvent.NextHotpCode(row.id, s.now()))) }, enabled = !busy) { Text(label) } }
                }
            } else row.pinPrompt?.let { prompt ->
                Row(verticalAlignment = Alignment.CenterVertically) {
                    OutlinedTextField(
                        value = pin, onValueChange = { pin = it }, modifier = Modifier.weight(1f), label = { Text(prompt) }, singleLine = true,
                        visualTransformation = PasswordVisualTransformation(), keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.NumberPassword),
                    )
                    TextButton({ s.send(AppEvent.List(ListEvent.PinEntered(row.id, SensitiveText(pin), s.now()))); pin = "" }) { Text(l.showCode) }
                }
            }
        }
    }
}

@Composable
fun AddScreen(v: AddView, l: Labels, busy: Boolean, camera: CameraXCamera, s: Sender) {
    var uri by remember { mutableStateOf("") }
    var issuer by remember { mutableStateOf("") }
    var account by remember { mutableStateOf("") }
    var secret by remember { mutableStateOf("") }
    var pin by remember { mutableStateOf("") }
    val drawn = mutableSetOf<InputField>()
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.title)
        when (v.step) {
            AddStep.CHOOSE, AddStep.SCANNING -> {
                if (v.cameraOn) {
                    // The camera draws into the view on screen: reported as Compose creates and
                    // releases it (a second scan gets a new view; CameraXCamera follows it).
                    AndroidView(
                        factory = { ctx -> PreviewView(ctx).also { camera.previewAttached(it.surfaceProvider) } },
                        modifier = pad.fillMaxWidth().aspectRatio(3f / 4f),
                        onRelease = { view -> camera.previewDetached(view.surfaceProvider) },
                    )
                    Text(l.scanningHint, pad)
                    // The core stops the camera and stays here, at the choice of ways to add.
                    OutlinedButton({ s.send(AppEvent.Add(AddEvent.StopScanning(s.now()))) }, pad) { Text(l.stopScanning) }
                } else {
                    Button({ s.send(AppEvent.Add(AddEvent.ScanQr(s.now()))) }, pad) { Text(l.scanQr) }
                }
                // The photo picker: its picture is made grey here and read by the core.
                OutlinedButton({ s.choosePicture() }, pad, enabled = !busy) { Text(l.choosePicture) }
                // A Google Authenticator export split over several codes, being collected.
                v.exportScan?.let { scan ->
                    Text(scan.progress, pad)
                    scan.otherExport?.let { Text(it, pad, color = MaterialTheme.colorScheme.error) }
                    Button({ s.send(AppEvent.Add(AddEvent.ImportScannedCodes(s.now()))) }, pad, enabled = !busy) { Text(scan.importLabel) }
                }
                // A camera that could not start says why here, above the other ways in.
                ErrorText(v.error, setOf(InputField.URI, InputField.NAME, InputField.SECRET))
                SecretField(l.uri, uri, { uri = it }, v.error.on(InputField.URI))
                OutlinedButton({ s.send(AppEvent.Add(AddEvent.UriPasted(SensitiveText(uri), s.now()))) }, pad, enabled = uri.isNotEmpty()) { Text(l.addFromUri) }
                Field(l.issuer, issuer, { issuer = it })
                Field(l.account, account, { account = it }, v.error.on(InputField.NAME))
                SecretField(l.secret, secret, { secret = it }, v.error.on(InputField.SECRET))
                Row(Modifier.horizontalScroll(rememberScrollState())) {
                    OutlinedButton({ s.send(AppEvent.Add(AddEvent.ManualEntry(issuer.ifBlank { null }, account, SensitiveText(secret), s.now()))) }, pad) { Text(l.addTypedSecret) }
                    OutlinedButton({ s.send(AppEvent.Add(AddEvent.GenerateSecret(issuer.ifBlank { null }, account, false, s.now()))) }, pad) { Text(l.generateSecret) }
                }
            }
            AddStep.PREVIEW -> v.preview?.let { p ->
                TokenName(p.issuer, p.account, pad)
                p.kindText?.let { Text(it, pad) }
                for (w in p.warnings) Text(w, pad, color = MaterialTheme.colorScheme.tertiary)
                v.generated?.let { g -> GeneratedSecret(g) }
                Button({ s.send(AppEvent.Add(AddEvent.PreviewAccepted(s.now()))) }, pad) { Text(l.next) }
            }
            AddStep.PIN_POLICY -> {
                var policy by remember { mutableStateOf(v.pinPolicy) }
                // The core names the options in the enum's order.
                for ((option, label) in PinPolicyOption.entries.zip(v.pinPolicyLabels)) {
                    Row(verticalAlignment = Alignment.CenterVertically) {
                        RadioButton(policy == option, { policy = option })
                        Text(label)
                    }
                }
                if (policy != PinPolicyOption.ASK) {
                    SecretField(l.pin, pin, { pin = it }, v.error.on(InputField.PIN), digits = true)
                    drawn += InputField.PIN
                }
                Button({ s.send(AppEvent.Add(AddEvent.PinPolicyChosen(policy, pin.takeIf { it.isNotEmpty() }?.let(::SensitiveText), false, s.now()))); pin = "" }, pad) { Text(l.next) }
            }
            AddStep.CONFIRM -> Button({ s.send(AppEvent.Add(AddEvent.ConfirmAdd(s.now()))) }, pad, enabled = !busy) { Text(l.confirmAdd) }
            AddStep.DUPLICATE -> {
                for (d in v.duplicates) Column(pad) {
                    Text(d.name, style = MaterialTheme.typography.titleMedium)
                    Text(d.reason)
                }
                Row {
                    v.addAnywayLabel?.let { label -> Button({ s.send(AppEvent.Add(AddEvent.AddAnyway(s.now()))) }, pad, enabled = !busy) { Text(label) } }
                    TextButton({ s.send(AppEvent.Back(s.now())) }, pad) { Text(l.cancel) }
                }
            }
        }
        if (v.step != AddStep.CHOOSE && v.step != AddStep.SCANNING) ErrorText(v.error, drawn)
    }
}

/** The readable part of a SAF tree URI ("primary:Documents/mOTP" → "Documents/mOTP"). */
private fun folderName(tree: String): String =
    runCatching { DocumentsContract.getTreeDocumentId(Uri.parse(tree)) }.getOrNull()
        ?.let { id -> id.substringAfter(':').ifEmpty { id.substringBefore(':') } } ?: tree

/** A QR code from the core's module matrix (one byte per module, row by row). */
@Composable
fun QrCode(qr: QrImage) {
    val modules = remember(qr) { qr.modules.expose() }
    val n = qr.size.toInt()
    Canvas(pad.size(240.dp)) {
        val cell = size.minDimension / (n + 8)
        drawRect(Color.White)
        for (y in 0 until n) for (x in 0 until n) if (modules[y * n + x] != 0.toByte()) {
            drawRect(Color.Black, topLeft = androidx.compose.ui.geometry.Offset((x + 4) * cell, (y + 4) * cell), size = androidx.compose.ui.geometry.Size(cell, cell))
        }
    }
}

@Composable
private fun GeneratedSecret(g: GeneratedSecretView) {
    Text(g.instructions, pad)
    Text(g.grouped.expose(), pad, fontFamily = FontFamily.Monospace)
    QrCode(g.qr)
}

@Composable
fun DetailScreen(v: DetailView, l: Labels, busy: Boolean, s: Sender) {
    var issuer by remember(v.tokenId) { mutableStateOf(v.issuer ?: "") }
    var account by remember(v.tokenId) { mutableStateOf(v.account) }
    var note by remember(v.tokenId) { mutableStateOf(v.note ?: "") }
    var group by remember(v.tokenId) { mutableStateOf(v.group ?: "") }
    var favourite by remember(v.tokenId) { mutableStateOf(v.favourite) }
    var tolerance by remember(v.tokenId) { mutableStateOf(v.toleranceSeconds.toString()) }
    var password by remember { mutableStateOf("") }
    Column(Modifier.verticalScroll(rememberScrollState())) {
        TokenName(v.issuer, v.account, pad)
        Field(l.issuer, issuer, { issuer = it })
        Field(l.account, account, { account = it }, v.error.on(InputField.NAME))
        Field(l.note, note, { note = it }, v.error.on(InputField.NOTE))
        Field(l.group, group, { group = it }, v.error.on(InputField.GROUP))
        Row(pad, verticalAlignment = Alignment.CenterVertically) {
            Checkbox(favourite, { favourite = it })
            Text(l.favourite)
        }
        Field(l.tolerance, tolerance, { tolerance = it.filter(Char::isDigit) }, digits = true)
        Text(v.pinPolicyText, pad)
        for (w in v.secretWarnings) Text(w, pad, color = MaterialTheme.colorScheme.tertiary)
        Text(l.checkCode, Modifier.padding(horizontal = 16.dp), style = MaterialTheme.typography.labelMedium)
        Text(v.checkCode, pad, fontFamily = FontFamily.Monospace)
        // Where another device changed this token too: the version that lost, one tap to restore.
        for (version in v.history) Row(pad, verticalAlignment = Alignment.CenterVertically) {
            Text(version.text, Modifier.weight(1f), color = MaterialTheme.colorScheme.tertiary)
            TextButton({ s.send(AppEvent.Detail(DetailEvent.RestoreVersion(v.tokenId, version.versionId, s.now()))) }, enabled = !busy) { Text(v.restoreLabel) }
        }
        Button({
            s.send(AppEvent.Detail(DetailEvent.SaveEdit(v.tokenId, TokenEditInput(issuer, account, note, group, favourite, null, null, null, tolerance.toUIntOrNull()), s.now())))
        }, pad, enabled = !busy) { Text(l.save) }
        val revealed = v.revealed
        if (revealed != null) {
            Text(revealed.grouped.expose(), pad, fontFamily = FontFamily.Monospace)
            QrCode(revealed.qr)
            TextButton({ s.send(AppEvent.Detail(DetailEvent.HideSecret)) }, pad) { Text(l.hideSecret) }
        } else {
            SecretField(l.password, password, { password = it }, v.error.on(InputField.PASSWORD))
            OutlinedButton({ s.send(AppEvent.Detail(DetailEvent.RevealSecret(v.tokenId, SensitiveText(password), s.now()))); password = "" }, pad, enabled = !busy) { Text(l.revealSecret) }
        }
        ErrorText(v.error, setOf(InputField.NAME, InputField.NOTE, InputField.GROUP) + (if (revealed == null) setOf(InputField.PASSWORD) else emptySet()))
        val confirm = v.confirmDelete
        if (confirm != null) {
            Text(confirm, pad, color = MaterialTheme.colorScheme.error)
            Row {
                Button({ s.send(AppEvent.Detail(DetailEvent.ConfirmDelete(v.tokenId, s.now()))) }, pad, enabled = !busy) { Text(l.delete) }
                TextButton({ s.send(AppEvent.Detail(DetailEvent.CancelDelete)) }, pad) { Text(l.cancel) }
            }
        } else {
            TextButton({ s.send(AppEvent.Detail(DetailEvent.DeleteToken(v.tokenId, s.now()))) }, pad) { Text(l.delete) }
        }
    }
}

@Composable
fun BackupsScreen(v: BackupsView, l: Labels, busy: Boolean, s: Sender) {
    var password by remember { mutableStateOf("") }
    var importPassword by remember { mutableStateOf("") }
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.title)
        Text(v.lastBackup, pad)
        v.reminder?.let { Text(it, pad, color = MaterialTheme.colorScheme.tertiary) }
        SecretField(l.exportPassword, password, { password = it }, v.error.on(InputField.PASSWORD))
        for (option in v.exportFormats) {
            option.warning?.let { Text(it, pad, style = MaterialTheme.typography.bodySmall) }
            OutlinedButton({ s.send(AppEvent.Backups(BackupsEvent.Export(option.format, password.takeIf { it.isNotEmpty() }?.let(::SensitiveText), s.now()))) }, pad, enabled = !busy) { Text(option.label) }
        }
        ErrorText(v.error, setOf(InputField.PASSWORD))
        // Google Authenticator's export: one QR code at a time, to scan with the other phone.
        v.googleExport?.let { g ->
            Text(g.instructions, pad)
            Text(g.warning, pad, style = MaterialTheme.typography.bodySmall)
            g.progress?.let { Text(it, pad, style = MaterialTheme.typography.titleMedium) }
            g.qr?.let { QrCode(it) }
            g.nothing?.let { Text(it, pad) }
            g.leftOut?.let { Text(it, pad, style = MaterialTheme.typography.bodySmall) }
            Row {
                g.previousLabel?.let { label -> OutlinedButton({ s.send(AppEvent.Backups(BackupsEvent.ShowGoogleCode(g.page - 1u))) }, pad) { Text(label) } }
                g.nextLabel?.let { label -> Button({ s.send(AppEvent.Backups(BackupsEvent.ShowGoogleCode(g.page + 1u))) }, pad) { Text(label) } }
            }
            TextButton({ s.send(AppEvent.Backups(BackupsEvent.CloseGoogleExport)) }, pad) { Text(g.doneLabel) }
        }
        // The folder for automatic backups: its name as the system's document picker gave it.
        v.backupFolder?.let { Text(folderName(it), pad, style = MaterialTheme.typography.bodySmall) }
        OutlinedButton({ s.chooseBackupFolder() }, pad) { Text(l.chooseBackupFolder) }
        // The automatic backups' versions: merge one in, or put the vault back as it held it.
        v.showVersionsLabel?.let { label -> OutlinedButton({ s.send(AppEvent.Backups(BackupsEvent.ShowBackupVersions(s.now()))) }, pad, enabled = !busy) { Text(label) } }
        v.confirmRestore?.let { question ->
            Text(question, pad, color = MaterialTheme.colorScheme.error)
            Row {
                Button({ s.send(AppEvent.Backups(BackupsEvent.ConfirmRestoreVersion(s.now()))) }, pad, enabled = !busy) { Text(v.restoreVersionLabel) }
                TextButton({ s.send(AppEvent.Backups(BackupsEvent.CancelRestoreVersion)) }, pad) { Text(l.cancel) }
            }
        }
        for (version in v.versions.orEmpty()) Column(pad) {
            Text(version.text, style = MaterialTheme.typography.bodyMedium)
            if (version.readable) Row {
                TextButton({ s.send(AppEvent.Backups(BackupsEvent.MergeBackupVersion(version.fileName, s.now()))) }, enabled = !busy) { Text(v.mergeVersionLabel) }
                TextButton({ s.send(AppEvent.Backups(BackupsEvent.RestoreBackupVersion(version.fileName, s.now()))) }, enabled = !busy) { Text(v.restoreVersionLabel) }
            }
        }
        OutlinedButton({ s.send(AppEvent.Backups(BackupsEvent.ChooseImportFile(s.now()))) }, pad, enabled = !busy) { Text(l.importFile) }
        (v.importReport ?: v.importPreview)?.let { p ->
            Text(p.fileName, pad, style = MaterialTheme.typography.titleMedium)
            p.format?.let { Text(it, pad, style = MaterialTheme.typography.bodySmall) }
            Text(p.summary, pad)
            for (e in p.entries) Column(pad) {
                Text(e.name, style = MaterialTheme.typography.bodyMedium)
                Text(e.statusText, style = MaterialTheme.typography.bodySmall)
                e.detail?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            }
            if (v.importReport == null && p.needsPassword) {
                SecretField(l.importPassword, importPassword, { importPassword = it }, p.error)
                Button({ s.send(AppEvent.Backups(BackupsEvent.ImportPassword(SensitiveText(importPassword), s.now()))); importPassword = "" }, pad, enabled = !busy) { Text(l.openImport) }
            } else {
                ErrorText(p.error)
                if (v.importReport == null) {
                    // Offered when the backup stores PINs; a new file starts unticked.
                    var keepPins by remember(p.fileName) { mutableStateOf(false) }
                    if (p.withPin > 0u) {
                        Row(
                            pad.toggleable(keepPins, enabled = !busy, role = Role.Checkbox) { keepPins = it },
                            verticalAlignment = Alignment.CenterVertically,
                        ) {
                            Checkbox(keepPins, onCheckedChange = null, enabled = !busy)
                            Text(l.keepPins)
                        }
                    }
                    Button({ s.send(AppEvent.Backups(BackupsEvent.ConfirmImport(keepPins, s.now()))) }, pad, enabled = !busy && p.tokens > 0u) { Text(l.confirmImport) }
                }
            }
            TextButton({ s.send(AppEvent.Backups(BackupsEvent.CloseImport)) }, pad) { Text(l.close) }
        }
    }
}

@Composable
fun TroubleshootingScreen(v: TroubleshootingView, l: Labels, busy: Boolean, s: Sender) {
    // The doctor's token: the user's pick while it is still in the list, else the first one.
    var picked by remember { mutableStateOf<String?>(null) }
    val tokenId = picked?.takeIf { id -> v.tokens.any { it.id == id } } ?: v.tokens.firstOrNull()?.id
    var pin by remember { mutableStateOf("") }
    var code by remember { mutableStateOf("") }
    var adminCheckCode by remember { mutableStateOf("") }
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.title)
        v.storedCorrectionText?.let { Text(it, pad) }
        OutlinedButton({ s.send(AppEvent.Troubleshooting(TroubleshootingEvent.CheckClock(s.now()))) }, pad, enabled = !busy) { Text(l.checkClock) }
        v.clock?.let { c ->
            Text(c.summary, pad, style = MaterialTheme.typography.titleMedium)
            Text(c.advice, pad)
            Text(c.source, pad, style = MaterialTheme.typography.bodySmall)
            if (c.canApply) Button({ s.send(AppEvent.Troubleshooting(TroubleshootingEvent.ApplyClockCorrection(s.now()))) }, pad, enabled = !busy) { Text(l.applyCorrection) }
        }
        if (v.storedCorrectionSeconds != 0L) TextButton({ s.send(AppEvent.Troubleshooting(TroubleshootingEvent.ClearClockCorrection(s.now()))) }, pad) { Text(l.clearCorrection) }

        if (v.tokens.isNotEmpty()) {
            Text(l.doctorToken, pad, style = MaterialTheme.typography.titleMedium)
            for (t in v.tokens) Row(verticalAlignment = Alignment.CenterVertically) {
                RadioButton(t.id == tokenId, { picked = t.id })
                Text(t.name)
            }
            SecretField(l.doctorPin, pin, { pin = it }, v.error.on(InputField.PIN), digits = true)
            Field(l.doctorCode, code, { code = it }, v.error.on(InputField.CODE))
            Field(l.doctorAdminCheckCode, adminCheckCode, { adminCheckCode = it }, v.error.on(InputField.CHECK_CODE))
            Row(Modifier.horizontalScroll(rememberScrollState())) {
                Button({
                    tokenId?.let { id ->
                        s.send(AppEvent.Troubleshooting(TroubleshootingEvent.RunDoctor(id, pin.takeIf { it.isNotEmpty() }?.let(::SensitiveText), code.ifBlank { null }, adminCheckCode.ifBlank { null }, s.now())))
                    }
                    pin = ""
                }, pad, enabled = !busy && tokenId != null) { Text(l.runDoctor) }
                OutlinedButton({ tokenId?.let { id -> s.send(AppEvent.Troubleshooting(TroubleshootingEvent.ShowCheckCode(id, s.now()))) } }, pad, enabled = !busy && tokenId != null) { Text(l.showCheckCode) }
            }
        }
        ErrorText(v.error, if (v.tokens.isNotEmpty()) setOf(InputField.PIN, InputField.CODE, InputField.CHECK_CODE) else emptySet())
        v.doctor?.let { d ->
            Text(d.verdict, pad, style = MaterialTheme.typography.titleMedium)
            for (step in d.steps) Column(pad) {
                Text(step.title, style = MaterialTheme.typography.titleSmall)
                Text(step.text)
                step.fix?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
            }
            Text(d.fix, pad)
        }
        v.checkCode?.let { c ->
            Text(c.code, pad, style = MaterialTheme.typography.displaySmall, fontFamily = FontFamily.Monospace)
            Text(c.instructions, pad)
        }
    }
}

@Composable
fun SettingsScreen(v: SettingsView, l: Labels, busy: Boolean, s: Sender) {
    var background by remember { mutableStateOf(v.lockAfterBackgroundMinutes.toString()) }
    var inactivity by remember { mutableStateOf(v.lockAfterInactivityMinutes.toString()) }
    var clipboard by remember { mutableStateOf(v.clipboardClearSeconds.toString()) }
    var current by remember { mutableStateOf("") }
    var new by remember { mutableStateOf("") }
    var confirmation by remember { mutableStateOf("") }
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.title)
        Field(v.lockAfterBackgroundLabel, background, { background = it.filter(Char::isDigit) }, digits = true)
        Field(v.lockAfterInactivityLabel, inactivity, { inactivity = it.filter(Char::isDigit) }, digits = true)
        Button({ s.send(AppEvent.Settings(SettingsEvent.SetAutoLock(background.toUIntOrNull() ?: 0u, inactivity.toUIntOrNull() ?: 0u, s.now()))) }, pad) { Text(l.save) }
        Field(v.clipboardClearLabel, clipboard, { clipboard = it.filter(Char::isDigit) }, digits = true)
        Button({ s.send(AppEvent.Settings(SettingsEvent.SetClipboardClear(clipboard.toUIntOrNull() ?: 0u, s.now()))) }, pad) { Text(l.save) }
        Row(pad, verticalAlignment = Alignment.CenterVertically) {
            Switch(v.hideCodes, { s.send(AppEvent.Settings(SettingsEvent.SetHideCodes(it, s.now()))) })
            Text(l.hideCodes, Modifier.padding(start = 8.dp))
        }
        if (v.deviceKeyAvailable) Row(pad, verticalAlignment = Alignment.CenterVertically) {
            Checkbox(v.deviceKeyEnabled, { s.send(AppEvent.Settings(SettingsEvent.SetDeviceKey(it, s.now()))) }, enabled = !busy)
            Text(v.deviceKeyLabel)
        }

        SecretField(l.currentPassword, current, { current = it }, v.error.on(InputField.CURRENT_PASSWORD))
        SecretField(l.newPassword, new, { new = it }, v.error.on(InputField.PASSWORD))
        SecretField(l.newPasswordConfirmation, confirmation, { confirmation = it }, v.error.on(InputField.PASSWORD_CONFIRMATION))
        Button({
            s.send(AppEvent.Settings(SettingsEvent.ChangePassword(SensitiveText(current), SensitiveText(new), SensitiveText(confirmation), s.now())))
            current = ""; new = ""; confirmation = ""
        }, pad, enabled = !busy) { Text(l.changePassword) }
        ErrorText(v.error, setOf(InputField.CURRENT_PASSWORD, InputField.PASSWORD, InputField.PASSWORD_CONFIRMATION, InputField.FILE, InputField.SYNC_ADDRESS))

        // Icon pack: the installed one (or what importing one does), the import through the
        // system file picker (the core's OpenFile effect), a refused pack's sentence below.
        Text(v.iconPack, pad)
        OutlinedButton({ s.send(AppEvent.Settings(SettingsEvent.ImportIconPack(s.now()))) }, pad, enabled = !busy) { Text(l.importIconPack) }
        ErrorText(v.error.on(InputField.FILE))
        SyncSection(v.sync, v.error, busy, s)
    }
}

/** The sync with a WebDAV server: set up, or "Sync now", the last result, and turning it off. */
@Composable
private fun SyncSection(y: SyncView, error: FieldError?, busy: Boolean, s: Sender) {
    var url by remember(y.url) { mutableStateOf(y.url) }
    var user by remember(y.user) { mutableStateOf(y.user) }
    var serverPassword by remember { mutableStateOf("") }
    var newPassword by remember { mutableStateOf("") }
    Title(y.title)
    Text(y.explanation, pad)
    y.lastResult?.let { Text(it, pad) }
    if (y.running) LinearProgressIndicator(pad.fillMaxWidth())
    y.passwordChanged?.let { sentence ->
        Text(sentence, pad, color = MaterialTheme.colorScheme.tertiary)
        SecretField(y.newPasswordLabel, newPassword, { newPassword = it }, error.on(InputField.PASSWORD))
        Button({ s.send(AppEvent.Settings(SettingsEvent.AdoptNewPassword(SensitiveText(newPassword), s.now()))); newPassword = "" }, pad, enabled = !busy) { Text(y.adoptPasswordLabel) }
    }
    if (y.linked) {
        Text(y.url, pad, style = MaterialTheme.typography.bodySmall)
        Row {
            Button({ s.send(AppEvent.Settings(SettingsEvent.SyncNow(s.now()))) }, pad, enabled = !busy && !y.running) { Text(y.syncNowLabel) }
            TextButton({ s.send(AppEvent.Settings(SettingsEvent.TurnOffSync(s.now()))) }, pad, enabled = !busy) { Text(y.turnOffLabel) }
        }
    } else {
        OutlinedTextField(url, { url = it }, pad.fillMaxWidth(), label = { Text(y.urlLabel) }, placeholder = { Text(y.urlPlaceholder) }, singleLine = true,
            keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Uri), isError = error.on(InputField.SYNC_ADDRESS) != null)
        ErrorText(error.on(InputField.SYNC_ADDRESS))
        Field(y.userLabel, user, { user = it })
        SecretField(y.passwordLabel, serverPassword, { serverPassword = it })
        Button({ s.send(AppEvent.Settings(SettingsEvent.SetUpSync(url, user, SensitiveText(serverPassword), s.now()))); serverPassword = "" }, pad, enabled = !busy) { Text(y.setUpLabel) }
    }
}

@Composable
fun TrashScreen(v: TrashView, l: Labels, busy: Boolean, s: Sender) {
    Column {
        Title(v.title)
        Text(v.explanation, pad)
        v.emptyText?.let { Text(it, pad) }
        ErrorText(v.error, emptySet())
        LazyColumn {
            items(v.rows, key = { it.id }) { row ->
                Card(pad.fillMaxWidth()) {
                    Column(Modifier.padding(12.dp)) {
                        TokenName(row.issuer, row.account)
                        Text(row.purgeText, style = MaterialTheme.typography.bodySmall)
                        Row {
                            TextButton({ s.send(AppEvent.Trash(TrashEvent.Restore(row.id, s.now()))) }, enabled = !busy) { Text(l.restore) }
                            TextButton({ s.send(AppEvent.Trash(TrashEvent.DeleteForGood(row.id, s.now()))) }, enabled = !busy) { Text(l.deleteForGood) }
                        }
                    }
                }
            }
        }
    }
}
