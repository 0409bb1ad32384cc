// The picture beside a token: the icon pack's file the core chose for the issuer (RowIcon.image),
// or the core's initials in a circle while it loads, when there is none, or when it cannot be
// drawn. PNG and JPEG are decoded by BitmapFactory, sampled down so that a picture with huge
// dimensions cannot take the memory; SVG is rendered by AndroidSVG (com.caverock:androidsvg),
// which never fetches anything (no external file resolver is registered). Decoding runs on
// Dispatchers.IO, once per file and modification time (a small LRU cache).
package app.motp.android.ui

import android.graphics.Bitmap
import android.graphics.BitmapFactory
import android.graphics.Canvas
import android.graphics.RectF
import android.util.LruCache
import androidx.compose.foundation.Image
import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.produceState
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.clip
import androidx.compose.ui.graphics.ImageBitmap
import androidx.compose.ui.graphics.asImageBitmap
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.unit.dp
import app.motp.core.IconImage
import app.motp.core.IconImageFormat
import app.motp.core.RowIcon
import com.caverock.androidsvg.SVG
import java.io.File
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

/** Pixels the pictures are decoded at (drawn at 40 dp). */
private const val ICON_PX = 128

private val decoded = LruCache<String, ImageBitmap>(64)

@Composable
fun TokenIcon(icon: RowIcon, modifier: Modifier = Modifier) {
    val picture by produceState<ImageBitmap?>(null, icon.image) {
        value = icon.image?.let { image -> withContext(Dispatchers.IO) { load(image) } }
    }
    // Decorative: the row's name beside it is what TalkBack reads.
    val circle = modifier.size(40.dp).clip(CircleShape).clearAndSetSemantics {}
    val bitmap = picture
    if (bitmap != null) {
        Image(bitmap, contentDescription = null, modifier = circle)
    } else {
        Box(circle.background(MaterialTheme.colorScheme.secondaryContainer), contentAlignment = Alignment.Center) {
            Text(icon.initials, color = MaterialTheme.colorScheme.onSecondaryContainer, style = MaterialTheme.typography.titleMedium)
        }
    }
}

/** The picture, or null (then the initials stay): a file that cannot be read or decoded. */
private fun load(image: IconImage): ImageBitmap? {
    val file = File(image.path)
    val key = "${image.path}@${file.lastModified()}"
    decoded.get(key)?.let { return it }
    val bitmap = try {
        when (image.format) {
            IconImageFormat.SVG -> svg(file)
            IconImageFormat.PNG, IconImageFormat.JPEG -> raster(file)
        }
    } catch (e: Exception) {
        null
    } ?: return null
    return bitmap.asImageBitmap().also { decoded.put(key, it) }
}

private fun raster(file: File): Bitmap? {
    val bounds = BitmapFactory.Options().apply { inJustDecodeBounds = true }
    BitmapFactory.decodeFile(file.path, bounds)
    if (bounds.outWidth <= 0 || bounds.outHeight <= 0) return null
    var sample = 1
    while (maxOf(bounds.outWidth, bounds.outHeight) / (sample * 2) >= ICON_PX) sample *= 2
    return BitmapFactory.decodeFile(file.path, BitmapFactory.Options().apply { inSampleSize = sample })
}

private fun svg(file: File): Bitmap {
    val svg = file.inputStream().use { SVG.getFromInputStream(it) }
    val bitmap = Bitmap.createBitmap(ICON_PX, ICON_PX, Bitmap.Config.ARGB_8888)
    svg.renderToCanvas(Canvas(bitmap), RectF(0f, 0f, ICON_PX.toFloat(), ICON_PX.toFloat()))
    return bitmap
}
