// The Android application: MainActivity, Compose screens that draw AppCore's views, and the
// platform implementations of the shell's interfaces. Everything else is in :shell and in Rust.

import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

val repoRoot: File = rootProject.projectDir.parentFile

/** The app's version is the workspace's: `[workspace.package] version` in Cargo.toml. */
val workspaceVersion: String = run {
    val toml = repoRoot.resolve("Cargo.toml").readText()
    val section = toml.substringAfter("[workspace.package]").substringBefore("\n[")
    Regex("""(?m)^version\s*=\s*"([^"]+)"""").find(section)?.groupValues?.get(1)
        ?: throw GradleException("no version in [workspace.package] of ${repoRoot.resolve("Cargo.toml")}")
}

/** 0.1.0 -> 1000 (major*1_000_000 + minor*1_000 + patch): increases with every release. */
val workspaceVersionCode: Int = workspaceVersion.substringBefore('-').split('.').map { it.toInt() }
    .let { (major, minor, patch) -> major * 1_000_000 + minor * 1_000 + patch }

android {
    namespace = "app.motp.android"
    compileSdk = 35
    // The NDK cargo-ndk links with (sdkmanager 'ndk;27.2.12479018'); the cargoNdk task below takes
    // its folder from the Android Gradle Plugin, so ANDROID_NDK_HOME need not be set.
    ndkVersion = "27.2.12479018"

    defaultConfig {
        applicationId = "app.motp.token"
        minSdk = 26
        targetSdk = 35
        versionCode = workspaceVersionCode
        versionName = workspaceVersion
        ndk { abiFilters += listOf("arm64-v8a", "armeabi-v7a", "x86_64") }
        // The Compose UI tests in src/androidTest (connectedAndroidTest, on the CI emulator).
        testInstrumentationRunner = "androidx.test.runner.AndroidJUnitRunner"
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures { compose = true }

    // Native libraries stay uncompressed and page-aligned in the APK (16 KB pages, Android 15+).
    packaging { jniLibs { useLegacyPackaging = false } }

    sourceSets["main"].jniLibs.srcDir(layout.buildDirectory.dir("rustJniLibs"))
}

kotlin {
    jvmToolchain(17)
    compilerOptions { jvmTarget.set(JvmTarget.JVM_17) }
}

/**
 * Where cargo and cargo-ndk are: `$CARGO_HOME/bin` (rustup's default `~/.cargo/bin`). The Gradle
 * daemon started by Android Studio from the dock or launcher does not inherit the shell's PATH.
 */
val cargoBin: String = (System.getenv("CARGO_HOME")?.let(::File) ?: File(System.getProperty("user.home"), ".cargo"))
    .resolve("bin").absolutePath

// The Rust library for every ABI, built by cargo-ndk (release-mobile profile, linked for 16 KB
// pages by rust/motp-ffi/build.rs and checked by the script) before the JNI libraries are merged.
val cargoNdk = tasks.register<Exec>("cargoNdk") {
    group = "build"
    description = "Builds libmotp_ffi.so for arm64-v8a, armeabi-v7a and x86_64 with cargo-ndk."
    val out = layout.buildDirectory.dir("rustJniLibs").get().asFile
    workingDir = repoRoot
    environment("MOTP_ANDROID_MIN_SDK", "26")
    environment("PATH", listOfNotNull(cargoBin, System.getenv("PATH")).joinToString(File.pathSeparator))
    // The NDK of `ndkVersion`, as the Android Gradle Plugin resolved it (installed by the SDK
    // manager), read when the task runs: configuring the build does not need the NDK.
    val ndkDirectory: Provider<Directory> = androidComponents.sdkComponents.ndkDirectory
    doFirst { environment("ANDROID_NDK_HOME", ndkDirectory.get().asFile.absolutePath) }
    commandLine(repoRoot.resolve("scripts/build-android.sh").absolutePath, out.absolutePath)
    inputs.dir(repoRoot.resolve("rust"))
    inputs.file(repoRoot.resolve("Cargo.toml"))
    inputs.file(repoRoot.resolve("Cargo.lock"))
    outputs.dir(out)
}
tasks.matching { it.name.startsWith("merge") && it.name.endsWith("JniLibFolders") }.configureEach {
    dependsOn(cargoNdk)
}

dependencies {
    implementation(project(":shell"))
    // JNA as its Android archive: the jar's classes plus libjnidispatch.so for each ABI.
    implementation(libs.jna.android) { artifact { type = "aar" } }
    implementation(libs.kotlinx.coroutines.android)
    implementation(libs.androidx.core.ktx)
    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.lifecycle.process)
    implementation(libs.androidx.lifecycle.viewmodel.compose)
    implementation(libs.androidx.lifecycle.runtime.compose)
    implementation(platform(libs.compose.bom))
    implementation(libs.compose.ui)
    implementation(libs.compose.material3)
    implementation(libs.compose.ui.tooling.preview)
    implementation(libs.camerax.camera2)
    implementation(libs.camerax.lifecycle)
    implementation(libs.camerax.view)
    implementation(libs.androidx.biometric)
    implementation(libs.androidx.fragment.ktx)
    implementation(libs.androidsvg)

    // UI tests: the journey on an emulator (android.yml's connectedAndroidTest job).
    androidTestImplementation(platform(libs.compose.bom))
    androidTestImplementation(libs.compose.ui.test.junit4)
    androidTestImplementation(libs.androidx.test.runner)
    androidTestImplementation(libs.androidx.test.ext.junit)
    debugImplementation(libs.compose.ui.test.manifest)
}
