package app.motp.shell

/**
 * A chosen picture as the core reads it (`AddEvent.PictureChosen`): one byte of grey a pixel,
 * rows packed. The platform decodes the file (Android's BitmapFactory, which reads every format
 * the photo picker offers); this turns its pixels into the plane, so the library carries no
 * image decoder.
 */
class GreyPlane(val luma: ByteArray, val width: Int, val height: Int)

object GreyPlanes {
    /** The longest side the core is handed: a photo's QR code is still many pixels a module. */
    const val MAX_SIDE = 4096

    /**
     * The power of two to subsample a [width]×[height] picture by (BitmapFactory's
     * `inSampleSize`) so that neither side is above [MAX_SIDE]; 1 for a picture that fits.
     */
    fun sampleSize(width: Int, height: Int): Int {
        var size = 1
        while (width / size > MAX_SIDE || height / size > MAX_SIDE) size *= 2
        return size
    }

    /**
     * ARGB_8888 pixels (`Bitmap.getPixels`, row after row) as grey: ITU-R BT.601's weights in
     * integers, the same luma a camera's Y plane carries. Transparent pixels count as white (a
     * screenshot's transparent margin is the page behind it).
     */
    fun fromArgb(pixels: IntArray, width: Int, height: Int): GreyPlane {
        require(width > 0 && height > 0 && pixels.size >= width * height) { "a picture of ${width}x$height needs ${width * height} pixels" }
        val luma = ByteArray(width * height)
        for (i in 0 until width * height) {
            val p = pixels[i]
            val a = (p ushr 24) and 0xff
            val r = (p ushr 16) and 0xff
            val g = (p ushr 8) and 0xff
            val b = p and 0xff
            val y = (299 * r + 587 * g + 114 * b) / 1000
            // Blend over white by alpha.
            luma[i] = ((y * a + 255 * (255 - a)) / 255).toByte()
        }
        return GreyPlane(luma, width, height)
    }
}
