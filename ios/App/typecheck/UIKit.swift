// Signature stub of Apple's UIKit (and the Core Animation layer it hands out), only what ios/App
// uses (README.md here).
@_exported import Foundation

open class CALayer {
    public init() {}
}

@MainActor
open class UIView {
    public init() {}
    open class var layerClass: AnyClass { CALayer.self }
    public var layer: CALayer { fatalError("stub") }
}

@MainActor
public final class UIPasteboard {
    public static let general = UIPasteboard()
    public struct OptionsKey: Hashable, Sendable {
        public static let localOnly = OptionsKey()
        public static let expirationDate = OptionsKey()
    }
    public static let typeAutomatic = "com.apple.uikit.pasteboard-type-automatic"
    public func setItems(_ items: [[String: Any]], options: [OptionsKey: Any] = [:]) {}
}

@MainActor
public final class UINotificationFeedbackGenerator {
    public enum FeedbackType: Sendable { case success, warning, error }
    public init() {}
    public func notificationOccurred(_ notificationType: FeedbackType) {}
}

public struct UIAccessibility {
    public struct Notification: Sendable {
        public static let announcement = Notification()
    }
    @MainActor public static func post(notification: Notification, argument: Any?) {}
}

public enum UIKeyboardType: Sendable { case `default`, numberPad }

public struct UITextContentType: Hashable, Sendable {
    public static let password = UITextContentType()
}
