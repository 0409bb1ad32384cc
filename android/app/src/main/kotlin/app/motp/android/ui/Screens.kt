// One composable per screen of the core. Each draws its view record and sends events; texts,
// labels and errors are the core's (already in the user's language). Typed secrets, PINs and
// passwords are wrapped in SensitiveText as they are sent.
package app.motp.android.ui

import androidx.camera.view.PreviewView
import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.aspectRatio
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.FilterChip
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import androidx.compose.ui.viewinterop.AndroidView
import app.motp.android.CameraXCamera
import app.motp.core.*

private val pad = Modifier.padding(horizontal = 16.dp, vertical = 6.dp)

@Composable
private fun Title(text: String) = Text(text, pad, style = MaterialTheme.typography.headlineSmall)

@Composable
private fun ErrorText(error: FieldError?) {
    error?.let { Text(it.text, pad, color = MaterialTheme.colorScheme.error) }
}

@Composable
private fun SecretField(label: String, value: String, onChange: (String) -> Unit, error: FieldError? = null, digits: Boolean = false) =
    OutlinedTextField(
        value, onChange, pad.fillMaxWidth(), label = { Text(label) }, singleLine = true, isError = error != null,
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(keyboardType = if (digits) KeyboardType.NumberPassword else KeyboardType.Password),
    )

@Composable
private fun Field(label: String, value: String, onChange: (String) -> Unit) =
    OutlinedTextField(value, onChange, pad.fillMaxWidth(), label = { Text(label) }, singleLine = true)

@Composable
fun FirstRunScreen(v: FirstRunView, busy: Boolean, s: Sender) {
    var password by remember { mutableStateOf("") }
    var confirmation by remember { mutableStateOf("") }
    var useDeviceKey by remember { mutableStateOf(v.deviceKeyAvailable) }
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.title)
        Text(v.explanation, pad)
        SecretField(v.passwordLabel, password, { password = it; s.send(AppEvent.FirstRunPasswordChanged(SensitiveText(it))) }, v.error?.takeIf { it.field == InputField.PASSWORD })
        Text(v.strengthText, pad, style = MaterialTheme.typography.bodySmall)
        SecretField(v.confirmationLabel, confirmation, { confirmation = it }, v.error?.takeIf { it.field == InputField.PASSWORD_CONFIRMATION })
        v.deviceKeyLabel?.takeIf { v.deviceKeyAvailable }?.let { label ->
            Row(pad, verticalAlignment = Alignment.CenterVertically) {
                Checkbox(useDeviceKey, { useDeviceKey = it })
                Text(label)
            }
        }
        ErrorText(v.error)
        Button({ s.send(AppEvent.CreateVault(SensitiveText(password), SensitiveText(confirmation), useDeviceKey, s.now())) }, pad, enabled = !busy) { Text(v.createLabel) }
    }
}

@Composable
fun UnlockScreen(v: UnlockView, busy: Boolean, s: Sender) {
    var password by remember { mutableStateOf("") }
    Column {
        Title(v.title)
        v.hint?.let { Text(it, pad) }
        for (method in v.methods) if (method.kind == UnlockMethodKind.DEVICE_KEY) {
            OutlinedButton({ s.send(AppEvent.UnlockWithDeviceKey(s.now())) }, pad, enabled = !busy && !v.waitingForDeviceKey && !v.deviceKeyInvalidated) { Text(method.label) }
        }
        SecretField(v.passwordLabel, password, { password = it }, v.error?.takeIf { it.field == InputField.PASSWORD })
        ErrorText(v.error)
        Button({ s.send(AppEvent.UnlockWithPassword(SensitiveText(password), s.now())); password = "" }, pad, enabled = !busy) { Text(v.unlockLabel) }
    }
}

@Composable
fun ListScreen(v: ListView, busy: Boolean, s: Sender) {
    Column {
        Row(verticalAlignment = Alignment.CenterVertically) {
            Title(v.title)
            TextButton({ s.send(AppEvent.Navigate(AppDestination.Add, s.now())) }) { Text("+") }
            TextButton({ s.send(AppEvent.Lock(s.now())) }) { Text("🔒") }
        }
        Row {
            TextButton({ s.send(AppEvent.Navigate(AppDestination.Backups, s.now())) }) { Text("⇅") }
            TextButton({ s.send(AppEvent.Navigate(AppDestination.Troubleshooting, s.now())) }) { Text("⏱") }
            TextButton({ s.send(AppEvent.Navigate(AppDestination.Settings, s.now())) }) { Text("⚙") }
        }
        OutlinedTextField(v.search, { s.send(AppEvent.SearchChanged(it, s.now())) }, pad.fillMaxWidth(), singleLine = true, leadingIcon = { Text("🔍") })
        if (v.groups.isNotEmpty()) Row(pad, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            for (g in v.groups) FilterChip(v.selectedGroup == g, { s.send(AppEvent.GroupSelected(if (v.selectedGroup == g) null else g, s.now())) }, label = { Text(g) })
        }
        (v.backupReminder ?: v.offerDeviceKeyEnrolment)?.let { Text(it, pad, color = MaterialTheme.colorScheme.tertiary) }
        v.emptyText?.let { Text(it, pad) }
        LazyColumn {
            items(v.rows, key = { it.id }) { row -> TokenRowCard(row, busy, s) }
        }
    }
}

@Composable
private fun TokenRowCard(row: TokenRow, busy: Boolean, s: Sender) {
    var pin by remember(row.id) { mutableStateOf("") }
    Card(pad.fillMaxWidth()) {
        Column(Modifier.padding(12.dp)) {
            TextButton({ s.send(AppEvent.Navigate(AppDestination.Detail(row.id), s.now())) }) {
                Text(listOfNotNull(row.issuer, row.account).joinToString(" · "), style = MaterialTheme.typography.titleMedium)
            }
            row.unsupported?.let { Text(it, color = MaterialTheme.colorScheme.error) }
            val code = row.code
            if (code != null) {
                Text(code, style = MaterialTheme.typography.displaySmall, fontFamily = FontFamily.Monospace)
                LinearProgressIndicator(progress = { row.progress }, modifier = Modifier.fillMaxWidth())
                row.useWithin?.let { Text(it, style = MaterialTheme.typography.bodySmall) }
                row.typoWarning?.let { Text(it, color = MaterialTheme.colorScheme.error) }
                Row {
                    TextButton({ s.send(AppEvent.CopyCode(row.id, s.now())) }) { Text(row.copyLabel) }
                    row.nextCodeLabel?.let { label -> TextButton({ s.send(AppEvent.NextHotpCode(row.id, s.now())) }, enabled = !busy) { Text(label) } }
                }
            } else row.pinPrompt?.let { prompt ->
                Row(verticalAlignment = Alignment.CenterVertically) {
                    OutlinedTextField(pin, { pin = it }, Modifier.weight(1f), label = { Text(prompt) }, singleLine = true,
                        visualTransformation = PasswordVisualTransformation(), keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.NumberPassword))
                    TextButton({ s.send(AppEvent.PinEntered(row.id, SensitiveText(pin), s.now())); pin = "" }) { Text("→") }
                }
            }
        }
    }
}

@Composable
fun AddScreen(v: AddView, busy: Boolean, camera: CameraXCamera, s: Sender) {
    var uri by remember { mutableStateOf("") }
    var issuer by remember { mutableStateOf("") }
    var account by remember { mutableStateOf("") }
    var secret by remember { mutableStateOf("") }
    var pin by remember { mutableStateOf("") }
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.title)
        when (v.step) {
            AddStep.CHOOSE, AddStep.SCANNING -> {
                if (v.cameraOn) {
                    AndroidView(factory = { ctx -> PreviewView(ctx).also { camera.surfaceProvider = it.surfaceProvider } }, modifier = pad.fillMaxWidth().aspectRatio(3f / 4f))
                } else {
                    Button({ s.send(AppEvent.ScanQr(s.now())) }, pad) { Text("QR") }
                }
                SecretField("otpauth:// / motp://", uri, { uri = it }, v.error?.takeIf { it.field == InputField.URI })
                OutlinedButton({ s.send(AppEvent.UriPasted(SensitiveText(uri), s.now())) }, pad, enabled = uri.isNotEmpty()) { Text("→") }
                Field("Issuer", issuer) { issuer = it }
                Field("Account", account) { account = it }
                SecretField("Secret", secret, { secret = it }, v.error?.takeIf { it.field == InputField.SECRET })
                Row {
                    OutlinedButton({ s.send(AppEvent.ManualEntry(issuer.ifBlank { null }, account, SensitiveText(secret), s.now())) }, pad) { Text("→") }
                    OutlinedButton({ s.send(AppEvent.GenerateSecret(issuer.ifBlank { null }, account, false, s.now())) }, pad) { Text("🎲") }
                }
            }
            AddStep.PREVIEW -> v.preview?.let { p ->
                Text(listOfNotNull(p.issuer, p.account).joinToString(" · "), pad, style = MaterialTheme.typography.titleMedium)
                p.kindText?.let { Text(it, pad) }
                for (w in p.warnings) Text(w, pad, color = MaterialTheme.colorScheme.tertiary)
                v.generated?.let { g -> GeneratedSecret(g) }
                Button({ s.send(AppEvent.PreviewAccepted(s.now())) }, pad) { Text("→") }
            }
            AddStep.PIN_POLICY -> {
                var policy by remember { mutableStateOf(v.pinPolicy) }
                PinPolicyOption.entries.forEachIndexed { i, option ->
                    Row(verticalAlignment = Alignment.CenterVertically) {
                        RadioButton(policy == option, { policy = option })
                        Text(v.pinPolicyLabels.getOrElse(i) { option.name })
                    }
                }
                if (policy != PinPolicyOption.ASK) SecretField("PIN", pin, { pin = it }, v.error?.takeIf { it.field == InputField.PIN }, digits = true)
                Button({ s.send(AppEvent.PinPolicyChosen(policy, pin.takeIf { it.isNotEmpty() }?.let(::SensitiveText), false, s.now())); pin = "" }, pad) { Text("→") }
            }
            AddStep.CONFIRM -> Button({ s.send(AppEvent.ConfirmAdd(s.now())) }, pad, enabled = !busy) { Text("✓") }
            AddStep.DUPLICATE -> {
                for (d in v.duplicates) Text("${d.name}: ${d.reason}", pad)
                v.addAnywayLabel?.let { label -> Button({ s.send(AppEvent.AddAnyway(s.now())) }, pad, enabled = !busy) { Text(label) } }
            }
        }
        ErrorText(v.error)
    }
}

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
fun DetailScreen(v: DetailView, busy: Boolean, s: Sender) {
    var issuer by remember(v.tokenId) { mutableStateOf(v.issuer ?: "") }
    var account by remember(v.tokenId) { mutableStateOf(v.account) }
    var note by remember(v.tokenId) { mutableStateOf(v.note ?: "") }
    var group by remember(v.tokenId) { mutableStateOf(v.group ?: "") }
    var password by remember { mutableStateOf("") }
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.label)
        Field("Issuer", issuer) { issuer = it }
        Field("Account", account) { account = it }
        Field("Note", note) { note = it }
        Field("Group", group) { group = it }
        Text(v.pinPolicyText, pad)
        for (w in v.secretWarnings) Text(w, pad, color = MaterialTheme.colorScheme.tertiary)
        Text(v.checkCode, pad, fontFamily = FontFamily.Monospace)
        ErrorText(v.error)
        Button({
            s.send(AppEvent.SaveEdit(v.tokenId, TokenEditInput(issuer, account, note, group, null, null, null, null, null), s.now()))
        }, pad, enabled = !busy) { Text("✓") }
        val revealed = v.revealed
        if (revealed != null) {
            Text(revealed.grouped.expose(), pad, fontFamily = FontFamily.Monospace)
            QrCode(revealed.qr)
            TextButton({ s.send(AppEvent.HideSecret) }, pad) { Text("✕") }
        } else {
            SecretField("Password", password, { password = it })
            OutlinedButton({ s.send(AppEvent.RevealSecret(v.tokenId, SensitiveText(password), s.now())); password = "" }, pad, enabled = !busy) { Text("👁") }
        }
        val confirm = v.confirmDelete
        if (confirm != null) {
            Text(confirm, pad, color = MaterialTheme.colorScheme.error)
            Row {
                Button({ s.send(AppEvent.ConfirmDelete(v.tokenId, s.now())) }, pad, enabled = !busy) { Text("🗑") }
                TextButton({ s.send(AppEvent.CancelDelete) }, pad) { Text("✕") }
            }
        } else {
            TextButton({ s.send(AppEvent.DeleteToken(v.tokenId, s.now())) }, pad) { Text("🗑") }
        }
    }
}

@Composable
fun BackupsScreen(v: BackupsView, busy: Boolean, s: Sender) {
    var password by remember { mutableStateOf("") }
    var importPassword by remember { mutableStateOf("") }
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.title)
        Text(v.lastBackup, pad)
        v.reminder?.let { Text(it, pad, color = MaterialTheme.colorScheme.tertiary) }
        SecretField("Password", password, { password = it }, v.error?.takeIf { it.field == InputField.PASSWORD })
        for (option in v.exportFormats) {
            option.warning?.let { Text(it, pad, style = MaterialTheme.typography.bodySmall) }
            OutlinedButton({ s.send(AppEvent.Export(option.format, password.takeIf { it.isNotEmpty() }?.let(::SensitiveText), s.now())) }, pad, enabled = !busy) { Text(option.label) }
        }
        ErrorText(v.error)
        OutlinedButton({ s.send(AppEvent.ChooseImportFile(s.now())) }, pad, enabled = !busy) { Text("⇣") }
        (v.importReport ?: v.importPreview)?.let { p ->
            Text(p.fileName + (p.format?.let { " ($it)" } ?: ""), pad, style = MaterialTheme.typography.titleMedium)
            Text(p.summary, pad)
            for (e in p.entries) Text("${e.name} — ${e.status.name.lowercase()}${e.detail?.let { ": $it" } ?: ""}", pad, style = MaterialTheme.typography.bodySmall)
            ErrorText(p.error)
            if (v.importReport == null) {
                if (p.needsPassword) {
                    SecretField("Password", importPassword, { importPassword = it }, p.error)
                    Button({ s.send(AppEvent.ImportPassword(SensitiveText(importPassword), s.now())); importPassword = "" }, pad, enabled = !busy) { Text("→") }
                } else {
                    Button({ s.send(AppEvent.ConfirmImport(false, s.now())) }, pad, enabled = !busy && p.tokens > 0u) { Text("✓") }
                }
            }
            TextButton({ s.send(AppEvent.CloseImport) }, pad) { Text("✕") }
        }
    }
}

@Composable
fun TroubleshootingScreen(v: TroubleshootingView, busy: Boolean, s: Sender) {
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.title)
        v.storedCorrectionText?.let { Text(it, pad) }
        OutlinedButton({ s.send(AppEvent.CheckClock(s.now())) }, pad, enabled = !busy) { Text("⏱") }
        v.clock?.let { c ->
            Text(c.summary, pad, style = MaterialTheme.typography.titleMedium)
            Text(c.advice, pad)
            Text(c.source, pad, style = MaterialTheme.typography.bodySmall)
            if (c.canApply) Button({ s.send(AppEvent.ApplyClockCorrection(s.now())) }, pad, enabled = !busy) { Text("✓") }
        }
        if (v.storedCorrectionSeconds != 0L) TextButton({ s.send(AppEvent.ClearClockCorrection(s.now())) }, pad) { Text("✕") }
        v.doctor?.let { d ->
            Text(d.verdict, pad, style = MaterialTheme.typography.titleMedium)
            for (step in d.steps) {
                Text("${step.title}: ${step.text}", pad)
                step.fix?.let { Text(it, pad, style = MaterialTheme.typography.bodySmall) }
            }
            Text(d.fix, pad)
        }
        v.checkCode?.let { c ->
            Text(c.code, pad, style = MaterialTheme.typography.displaySmall, fontFamily = FontFamily.Monospace)
            Text(c.instructions, pad)
        }
        ErrorText(v.error)
    }
}

@Composable
fun SettingsScreen(v: SettingsView, busy: Boolean, s: Sender) {
    var background by remember { mutableStateOf(v.lockAfterBackgroundMinutes.toString()) }
    var inactivity by remember { mutableStateOf(v.lockAfterInactivityMinutes.toString()) }
    var clipboard by remember { mutableStateOf(v.clipboardClearSeconds.toString()) }
    Column(Modifier.verticalScroll(rememberScrollState())) {
        Title(v.title)
        val labels = v.labels
        Field(labels.getOrElse(0) { "" }, background) { background = it.filter(Char::isDigit) }
        Field(labels.getOrElse(1) { "" }, inactivity) { inactivity = it.filter(Char::isDigit) }
        Button({ s.send(AppEvent.SetAutoLock(background.toUIntOrNull() ?: 0u, inactivity.toUIntOrNull() ?: 0u, s.now())) }, pad) { Text("✓") }
        Field(labels.getOrElse(2) { "" }, clipboard) { clipboard = it.filter(Char::isDigit) }
        Button({ s.send(AppEvent.SetClipboardClear(clipboard.toUIntOrNull() ?: 0u, s.now())) }, pad) { Text("✓") }
        if (v.deviceKeyAvailable) Row(pad, verticalAlignment = Alignment.CenterVertically) {
            Checkbox(v.deviceKeyEnabled, { s.send(AppEvent.SetDeviceKey(it, s.now())) }, enabled = !busy)
            Text(labels.getOrElse(3) { "" })
        }
        ErrorText(v.error)
    }
}
