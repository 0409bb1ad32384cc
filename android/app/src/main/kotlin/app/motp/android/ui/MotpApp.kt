// Compose + Material 3: draws the core's view as it is and turns taps into events. No decision
// is made here: every label, error, countdown and enabled state comes from the view.
package app.motp.android.ui

import androidx.activity.compose.BackHandler
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.WindowInsets
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawing
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Scaffold
import androidx.compose.material3.SnackbarHost
import androidx.compose.material3.SnackbarHostState
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.motp.android.CameraXCamera
import app.motp.core.AppCoreException
import app.motp.core.AppEvent
import app.motp.core.AppView
import app.motp.core.Screen
import kotlinx.coroutines.flow.SharedFlow

/**
 * How screens send events: the shell's `send`, and the clock every event carries; and the two
 * platform dialogs a screen opens itself, the backup folder picker (it answers with
 * `SetBackupFolder`) and the photo picker (it answers with `PictureChosen`): the core has no
 * effect for them.
 */
class Sender(val send: (AppEvent) -> Unit, val now: () -> Long, val chooseBackupFolder: () -> Unit, val choosePicture: () -> Unit)

@Composable
fun MotpApp(view: AppView, rejected: SharedFlow<AppCoreException>, camera: CameraXCamera, send: (AppEvent) -> Unit, now: () -> Long, chooseBackupFolder: () -> Unit, choosePicture: () -> Unit) {
    val s = remember(send, now, chooseBackupFolder, choosePicture) { Sender(send, now, chooseBackupFolder, choosePicture) }
    val snackbar = remember { SnackbarHostState() }
    LaunchedEffect(rejected) { rejected.collect { e -> snackbar.showSnackbar(e.message ?: "") } }
    MaterialTheme(colorScheme = if (isSystemInDarkTheme()) darkColorScheme() else lightColorScheme()) {
        // Edge to edge (MainActivity.enableEdgeToEdge): the content is padded by safeDrawing —
        // the system bars, a display cutout and the keyboard — so no field is ever under the
        // keyboard (the screens scroll).
        Scaffold(snackbarHost = { SnackbarHost(snackbar) }, contentWindowInsets = WindowInsets.safeDrawing) { padding ->
            Box(Modifier.fillMaxSize().padding(padding)) {
                Column(Modifier.fillMaxSize(), verticalArrangement = Arrangement.Top) {
                    view.busy?.let { busy ->
                        LinearProgressIndicator(Modifier.fillMaxWidth())
                        Text(busy.text, Modifier.padding(8.dp), style = MaterialTheme.typography.bodySmall)
                    }
                    val busy = view.busy != null
                    when (val screen = view.screen) {
                        Screen.Starting -> Unit
                        is Screen.FirstRun -> FirstRunScreen(screen.view, busy, s)
                        is Screen.Unlock -> UnlockScreen(screen.view, busy, s)
                        is Screen.List -> ListScreen(screen.view, view.labels, busy, s)
                        is Screen.Add -> AddScreen(screen.view, view.labels, busy, camera, s)
                        is Screen.Detail -> DetailScreen(screen.view, view.labels, busy, s)
                        is Screen.Backups -> BackupsScreen(screen.view, view.labels, busy, s)
                        is Screen.Troubleshooting -> TroubleshootingScreen(screen.view, view.labels, busy, s)
                        is Screen.Settings -> SettingsScreen(screen.view, view.labels, busy, s)
                        is Screen.Trash -> TrashScreen(screen.view, view.labels, busy, s)
                    }
                }
                view.notice?.let { notice ->
                    AlertDialog(
                        onDismissRequest = { s.send(AppEvent.DismissNotice) },
                        confirmButton = { TextButton(onClick = { s.send(AppEvent.DismissNotice) }) { Text(view.labels.dismiss) } },
                        text = { Text(notice.text) },
                    )
                }
            }
        }
        val canGoBack = view.screen !is Screen.List && view.screen !is Screen.Unlock && view.screen !is Screen.FirstRun && view.screen !is Screen.Starting
        BackHandler(enabled = canGoBack) { s.send(AppEvent.Back(s.now())) }
    }
}
