// Signature stub of Apple's SwiftUI, only what ios/App uses, modelled on the iOS 17/18 SDK's
// declarations (README.md here). Bodies are placeholders: this module is only type-checked
// against, never run.
@_exported import Foundation
@_exported import Observation
@_exported import UIKit
@_exported import UniformTypeIdentifiers

// MARK: views and builders

@MainActor @preconcurrency
public protocol View {
    associatedtype Body: View
    @ViewBuilder var body: Body { get }
}

extension Never: View {
    public var body: Never { fatalError("stub") }
}

/// A view the stub's modifiers return (real SwiftUI returns ModifiedContent and friends).
public struct _Modified<Content>: View {
    public var body: Never { fatalError("stub") }
}

public struct EmptyView: View {
    nonisolated public init() {}
    public var body: Never { fatalError("stub") }
}

public struct TupleView<T>: View {
    nonisolated public init(_ value: T) {}
    public var body: Never { fatalError("stub") }
}

public struct _ConditionalContent<TrueContent: View, FalseContent: View>: View {
    public var body: Never { fatalError("stub") }
}

extension Optional: View where Wrapped: View {
    public var body: Never { fatalError("stub") }
}

@resultBuilder
public struct ViewBuilder {
    public static func buildBlock() -> EmptyView { EmptyView() }
    public static func buildBlock<Content: View>(_ content: Content) -> Content { content }
    public static func buildBlock<each Content: View>(_ content: repeat each Content) -> TupleView<(repeat each Content)> {
        TupleView((repeat each content))
    }
    public static func buildExpression<Content: View>(_ content: Content) -> Content { content }
    public static func buildIf<Content: View>(_ content: Content?) -> Content? { content }
    public static func buildEither<T: View, F: View>(first: T) -> _ConditionalContent<T, F> { fatalError("stub") }
    public static func buildEither<T: View, F: View>(second: F) -> _ConditionalContent<T, F> { fatalError("stub") }
}

// MARK: text and strings

public struct LocalizedStringKey: ExpressibleByStringInterpolation, Equatable, Sendable {
    public init(_ value: String) {}
    public init(stringLiteral value: String) {}
}

public struct Text: View, Equatable, Sendable {
    public init(_ key: LocalizedStringKey) {}
    @_disfavoredOverload public init<S: StringProtocol>(_ content: S) {}
    public init(verbatim content: String) {}
    public var body: Never { fatalError("stub") }
    public func font(_ font: Font?) -> Text { self }
}

public struct Font: Hashable, Sendable {
    public enum TextStyle: Hashable, Sendable { case title, title2, headline, subheadline, body, callout, footnote }
    public enum Design: Hashable, Sendable { case `default`, monospaced }
    public static let title = Font(), title2 = Font(), headline = Font(), subheadline = Font()
    public static let body = Font(), callout = Font(), footnote = Font()
    public static func system(_ style: TextStyle, design: Design? = nil) -> Font { Font() }
    public static func system(size: CGFloat) -> Font { Font() }
}

// MARK: styles, colours, shapes

public protocol ShapeStyle: Sendable {}

public struct Color: ShapeStyle, View, Hashable {
    public var body: Never { fatalError("stub") }
    public func opacity(_ opacity: Double) -> Color { self }
    nonisolated public static let red = Color(), orange = Color(), yellow = Color(), blue = Color(), black = Color(), white = Color()
    nonisolated public init() {}
}

extension ShapeStyle where Self == Color {
    public static var red: Color { .red }
    public static var orange: Color { .orange }
    public static var yellow: Color { .yellow }
    public static var blue: Color { .blue }
    public static var black: Color { .black }
    public static var white: Color { .white }
}

public struct HierarchicalShapeStyle: ShapeStyle {}
extension ShapeStyle where Self == HierarchicalShapeStyle {
    public static var secondary: HierarchicalShapeStyle { HierarchicalShapeStyle() }
}

public struct Material: ShapeStyle {}
extension ShapeStyle where Self == Material {
    public static var regularMaterial: Material { Material() }
}

public struct BackgroundStyle: ShapeStyle {}
extension ShapeStyle where Self == BackgroundStyle {
    public static var background: BackgroundStyle { BackgroundStyle() }
}

public protocol Shape: View, Sendable {}
public struct Rectangle: Shape {
    public init() {}
    public var body: Never { fatalError("stub") }
    public func fill<S: ShapeStyle>(_ content: S) -> _Modified<Self> { _Modified() }
}
public struct RoundedRectangle: Shape {
    public init(cornerRadius: CGFloat) {}
    public var body: Never { fatalError("stub") }
}
extension Shape where Self == RoundedRectangle {
    public static func rect(cornerRadius: CGFloat) -> RoundedRectangle { RoundedRectangle(cornerRadius: cornerRadius) }
}

public struct Path {
    public init(_ rect: CGRect) {}
}

public struct GraphicsContext {
    public enum Shading { case color(Color) }
    public mutating func fill(_ path: Path, with shading: Shading) {}
}

public struct Canvas: View {
    public init(renderer: @escaping (inout GraphicsContext, CGSize) -> Void) {}
    public var body: Never { fatalError("stub") }
}

public struct Image: View {
    public init(systemName: String) {}
    public var body: Never { fatalError("stub") }
}

// MARK: state

@propertyWrapper
public struct State<Value>: DynamicProperty {
    public init(wrappedValue value: Value) {}
    public init(initialValue value: Value) {}
    public var wrappedValue: Value {
        get { fatalError("stub") }
        nonmutating set {}
    }
    public var projectedValue: Binding<Value> { fatalError("stub") }
}

@propertyWrapper @dynamicMemberLookup
public struct Binding<Value> {
    public init(get: @escaping () -> Value, set: @escaping (Value) -> Void) {}
    public var wrappedValue: Value {
        get { fatalError("stub") }
        nonmutating set {}
    }
    public var projectedValue: Binding<Value> { self }
    public subscript<Subject>(dynamicMember keyPath: WritableKeyPath<Value, Subject>) -> Binding<Subject> { fatalError("stub") }
}

@propertyWrapper @dynamicMemberLookup
public struct Bindable<Value: AnyObject & Observable> {
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public var wrappedValue: Value
    public var projectedValue: Bindable<Value> { self }
    public subscript<Subject>(dynamicMember keyPath: ReferenceWritableKeyPath<Value, Subject>) -> Binding<Subject> { fatalError("stub") }
}

public protocol DynamicProperty {}

public enum ScenePhase: Comparable, Sendable { case background, inactive, active }

public struct EnvironmentValues {
    public var scenePhase: ScenePhase { get { .active } set {} }
    public var locale: Locale { get { Locale(identifier: "en") } set {} }
}

@propertyWrapper
public struct Environment<Value>: DynamicProperty {
    public init(_ keyPath: KeyPath<EnvironmentValues, Value>) {}
    public var wrappedValue: Value { fatalError("stub") }
}

// MARK: containers and controls

public struct NavigationStack<Root: View>: View {
    public init(@ViewBuilder root: () -> Root) {}
    public var body: Never { fatalError("stub") }
}

public struct Form<Content: View>: View {
    public init(@ViewBuilder content: () -> Content) {}
    public var body: Never { fatalError("stub") }
}

public struct List<Content: View>: View {
    public init(@ViewBuilder content: () -> Content) {}
    public var body: Never { fatalError("stub") }
}

public struct Section<Content: View>: View {
    public init(@ViewBuilder content: () -> Content) {}
    public init<S: StringProtocol>(_ title: S, @ViewBuilder content: () -> Content) {}
    public var body: Never { fatalError("stub") }
}

public enum HorizontalAlignment: Sendable { case leading, center, trailing }
public enum VerticalAlignment: Sendable { case top, center, bottom }
public struct Alignment: Sendable {
    public static let center = Alignment(), top = Alignment(), leading = Alignment()
}

public struct VStack<Content: View>: View {
    public init(alignment: HorizontalAlignment = .center, spacing: CGFloat? = nil, @ViewBuilder content: () -> Content) {}
    public var body: Never { fatalError("stub") }
}

public struct HStack<Content: View>: View {
    public init(alignment: VerticalAlignment = .center, spacing: CGFloat? = nil, @ViewBuilder content: () -> Content) {}
    public var body: Never { fatalError("stub") }
}

public struct ZStack<Content: View>: View {
    public init(alignment: Alignment = .center, @ViewBuilder content: () -> Content) {}
    public var body: Never { fatalError("stub") }
}

public struct Spacer: View {
    public init() {}
    public var body: Never { fatalError("stub") }
}

public struct ForEach<Data: RandomAccessCollection, ID: Hashable, Content: View>: View {
    public init(_ data: Data, id: KeyPath<Data.Element, ID>, @ViewBuilder content: @escaping (Data.Element) -> Content) {}
    public var body: Never { fatalError("stub") }
}

public struct ProgressView<Label: View>: View {
    public var body: Never { fatalError("stub") }
}
extension ProgressView where Label == EmptyView {
    public init() {}
    public init<V: BinaryFloatingPoint>(value: V?) {}
}
extension ProgressView where Label == Text {
    public init<S: StringProtocol>(_ title: S) {}
}

public struct ButtonRole: Sendable {
    public static let destructive = ButtonRole(), cancel = ButtonRole()
}

public struct Button<Label: View>: View {
    public init(action: @escaping @MainActor () -> Void, @ViewBuilder label: () -> Label) {}
    public var body: Never { fatalError("stub") }
}
extension Button where Label == Text {
    public init(_ titleKey: LocalizedStringKey, action: @escaping @MainActor () -> Void) {}
    @_disfavoredOverload public init<S: StringProtocol>(_ title: S, action: @escaping @MainActor () -> Void) {}
    @_disfavoredOverload public init<S: StringProtocol>(_ title: S, role: ButtonRole?, action: @escaping @MainActor () -> Void) {}
}

public enum Axis: Sendable { case horizontal, vertical }

public struct TextField<Label: View>: View {
    public var body: Never { fatalError("stub") }
}
extension TextField where Label == Text {
    public init(_ titleKey: LocalizedStringKey, text: Binding<String>) {}
    @_disfavoredOverload public init<S: StringProtocol>(_ title: S, text: Binding<String>) {}
    @_disfavoredOverload public init<S: StringProtocol>(_ title: S, text: Binding<String>, axis: Axis) {}
}

public struct SecureField<Label: View>: View {
    public var body: Never { fatalError("stub") }
}
extension SecureField where Label == Text {
    public init(_ titleKey: LocalizedStringKey, text: Binding<String>) {}
    @_disfavoredOverload public init<S: StringProtocol>(_ title: S, text: Binding<String>) {}
}

public struct Toggle<Label: View>: View {
    public var body: Never { fatalError("stub") }
}
extension Toggle where Label == Text {
    public init(_ titleKey: LocalizedStringKey, isOn: Binding<Bool>) {}
    @_disfavoredOverload public init<S: StringProtocol>(_ title: S, isOn: Binding<Bool>) {}
}

public struct Picker<Label: View, SelectionValue: Hashable, Content: View>: View {
    public var body: Never { fatalError("stub") }
}
extension Picker where Label == Text {
    public init(_ titleKey: LocalizedStringKey, selection: Binding<SelectionValue>, @ViewBuilder content: () -> Content) {}
    @_disfavoredOverload public init<S: StringProtocol>(_ title: S, selection: Binding<SelectionValue>, @ViewBuilder content: () -> Content) {}
}

public struct Stepper<Label: View>: View {
    public init<V: Strideable>(value: Binding<V>, in bounds: ClosedRange<V>, step: V.Stride = 1,
                               @ViewBuilder label: () -> Label) {}
    public var body: Never { fatalError("stub") }
}

// MARK: modifiers

public enum Edge: Sendable { case top, leading, bottom, trailing }
public struct EdgeInsets: Sendable {
    public init() {}
}
public enum ContentMode: Sendable { case fit, fill }

public struct PlainButtonStyle: Sendable {}
public struct BorderlessButtonStyle: Sendable {}
public protocol PrimitiveButtonStyle: Sendable {}
extension PlainButtonStyle: PrimitiveButtonStyle {}
extension BorderlessButtonStyle: PrimitiveButtonStyle {}
extension PrimitiveButtonStyle where Self == PlainButtonStyle {
    public static var plain: PlainButtonStyle { PlainButtonStyle() }
}
extension PrimitiveButtonStyle where Self == BorderlessButtonStyle {
    public static var borderless: BorderlessButtonStyle { BorderlessButtonStyle() }
}

public protocol PickerStyle: Sendable {}
public struct InlinePickerStyle: PickerStyle {}
extension PickerStyle where Self == InlinePickerStyle {
    public static var inline: InlinePickerStyle { InlinePickerStyle() }
}

public protocol ProgressViewStyle: Sendable {}
public struct CircularProgressViewStyle: ProgressViewStyle {}
extension ProgressViewStyle where Self == CircularProgressViewStyle {
    public static var circular: CircularProgressViewStyle { CircularProgressViewStyle() }
}

public protocol TextSelectability: Sendable {}
public struct EnabledTextSelectability: TextSelectability {}
extension TextSelectability where Self == EnabledTextSelectability {
    public static var enabled: EnabledTextSelectability { EnabledTextSelectability() }
}

public struct TextInputAutocapitalization: Sendable {
    public static let never = TextInputAutocapitalization()
}

public struct SearchFieldPlacement: Sendable {
    public static let automatic = SearchFieldPlacement()
}

public struct ToolbarItemPlacement: Sendable {
    public static let primaryAction = ToolbarItemPlacement(), secondaryAction = ToolbarItemPlacement()
}

public protocol ToolbarContent {}
public struct ToolbarItem<ID, Content: View>: ToolbarContent {
    public init(placement: ToolbarItemPlacement = .primaryAction, @ViewBuilder content: () -> Content) where ID == Void {}
}
public struct _ToolbarGroup: ToolbarContent {}

@resultBuilder
public struct ToolbarContentBuilder {
    public static func buildBlock<each Content: ToolbarContent>(_ content: repeat each Content) -> _ToolbarGroup { _ToolbarGroup() }
    public static func buildExpression<Content: ToolbarContent>(_ content: Content) -> Content { content }
}

public struct SubmitTriggers: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let text = SubmitTriggers(rawValue: 1)
}

public struct _NotificationPublisher {}
extension NotificationCenter {
    /// Combine's publisher (SwiftUI re-exports Combine); only `onReceive` takes it here.
    public func publisher(for name: Notification.Name, object: AnyObject? = nil) -> _NotificationPublisher { _NotificationPublisher() }
}

extension View {
    public func font(_ font: Font?) -> _Modified<Self> { _Modified() }
    public func foregroundStyle<S: ShapeStyle>(_ style: S) -> _Modified<Self> { _Modified() }
    public func padding(_ length: CGFloat? = nil) -> _Modified<Self> { _Modified() }
    public func background<S: ShapeStyle>(_ style: S, ignoresSafeAreaEdges edges: Edge? = nil) -> _Modified<Self> { _Modified() }
    public func background<S: ShapeStyle, T: Shape>(_ style: S, in shape: T) -> _Modified<Self> { _Modified() }
    public func frame(width: CGFloat? = nil, height: CGFloat? = nil) -> _Modified<Self> { _Modified() }
    public func frame(maxWidth: CGFloat? = nil, maxHeight: CGFloat? = nil) -> _Modified<Self> { _Modified() }
    public func disabled(_ disabled: Bool) -> _Modified<Self> { _Modified() }
    public func overlay<V: View>(alignment: Alignment = .center, @ViewBuilder content: () -> V) -> _Modified<Self> { _Modified() }
    public func safeAreaInset<V: View>(edge: VerticalEdge, @ViewBuilder content: () -> V) -> _Modified<Self> { _Modified() }
    public func environment<V>(_ keyPath: WritableKeyPath<EnvironmentValues, V>, _ value: V) -> _Modified<Self> { _Modified() }
    public func navigationTitle<S: StringProtocol>(_ title: S) -> _Modified<Self> { _Modified() }
    public func toolbar<Content: View>(@ViewBuilder content: () -> Content) -> _Modified<Self> { _Modified() }
    public func toolbar<Content: ToolbarContent>(@ToolbarContentBuilder content: () -> Content) -> _Modified<Self> { _Modified() }
    public func searchable(text: Binding<String>, placement: SearchFieldPlacement = .automatic, prompt: Text? = nil) -> _Modified<Self> { _Modified() }
    public func accessibilityLabel(_ label: Text) -> _Modified<Self> { _Modified() }
    public func accessibilityValue(_ value: Text) -> _Modified<Self> { _Modified() }
    public func buttonStyle<S: PrimitiveButtonStyle>(_ style: S) -> _Modified<Self> { _Modified() }
    public func pickerStyle<S: PickerStyle>(_ style: S) -> _Modified<Self> { _Modified() }
    public func progressViewStyle<S: ProgressViewStyle>(_ style: S) -> _Modified<Self> { _Modified() }
    public func keyboardType(_ type: UIKeyboardType) -> _Modified<Self> { _Modified() }
    public func textContentType(_ textContentType: UITextContentType?) -> _Modified<Self> { _Modified() }
    public func textInputAutocapitalization(_ autocapitalization: TextInputAutocapitalization?) -> _Modified<Self> { _Modified() }
    public func autocorrectionDisabled(_ disable: Bool = true) -> _Modified<Self> { _Modified() }
    public func textSelection<S: TextSelectability>(_ selectability: S) -> _Modified<Self> { _Modified() }
    public func listRowInsets(_ insets: EdgeInsets?) -> _Modified<Self> { _Modified() }
    public func aspectRatio(_ aspectRatio: CGFloat? = nil, contentMode: ContentMode) -> _Modified<Self> { _Modified() }
    public func ignoresSafeArea() -> _Modified<Self> { _Modified() }
    public func tag<V: Hashable>(_ tag: V) -> _Modified<Self> { _Modified() }
    public func onSubmit(of triggers: SubmitTriggers = .text, _ action: @escaping () -> Void) -> _Modified<Self> { _Modified() }
    public func onAppear(perform action: (() -> Void)? = nil) -> _Modified<Self> { _Modified() }
    public func task(priority: TaskPriority = .userInitiated, @_inheritActorContext _ action: @escaping @Sendable () async -> Void) -> _Modified<Self> { _Modified() }
    public func onChange<V: Equatable>(of value: V, initial: Bool = false, _ action: @escaping (V, V) -> Void) -> _Modified<Self> { _Modified() }
    public func onReceive(_ publisher: _NotificationPublisher, perform action: @escaping (Notification) -> Void) -> _Modified<Self> { _Modified() }
    public func fileExporter<D: FileDocument>(isPresented: Binding<Bool>, document: D?, contentType: UTType, defaultFilename: String? = nil,
                                              onCompletion: @escaping (Result<URL, Error>) -> Void) -> _Modified<Self> { _Modified() }
    public func fileImporter(isPresented: Binding<Bool>, allowedContentTypes: [UTType],
                             onCompletion: @escaping (Result<URL, Error>) -> Void) -> _Modified<Self> { _Modified() }
}

public enum VerticalEdge: Sendable { case top, bottom }

// MARK: files

public struct FileWrapper {
    public init(regularFileWithContents contents: Data) {}
}

public protocol FileDocument {
    static var readableContentTypes: [UTType] { get }
    init(configuration: ReadConfiguration) throws
    func fileWrapper(configuration: WriteConfiguration) throws -> FileWrapper
}
extension FileDocument {
    public typealias ReadConfiguration = FileDocumentReadConfiguration
    public typealias WriteConfiguration = FileDocumentWriteConfiguration
}
public struct FileDocumentReadConfiguration {
    public struct File { public var regularFileContents: Data? }
    public let file: File
}
public struct FileDocumentWriteConfiguration {}

// MARK: UIKit views

@MainActor @preconcurrency
public protocol UIViewRepresentable: View where Body == Never {
    associatedtype UIViewType: UIView
    typealias Context = UIViewRepresentableContext<Self>
    func makeUIView(context: Context) -> UIViewType
    func updateUIView(_ uiView: UIViewType, context: Context)
}
extension UIViewRepresentable {
    public var body: Never { fatalError("stub") }
}
public struct UIViewRepresentableContext<Representable: UIViewRepresentable> {}

// MARK: the app

@MainActor @preconcurrency
public protocol Scene {
    associatedtype Body: Scene
    @SceneBuilder var body: Body { get }
}

@resultBuilder
public struct SceneBuilder {
    public static func buildBlock<Content: Scene>(_ content: Content) -> Content { content }
}

public struct WindowGroup<Content: View>: Scene {
    public init(@ViewBuilder content: () -> Content) {}
    public var body: Never { fatalError("stub") }
}
extension Never: Scene {}

@MainActor @preconcurrency
public protocol App {
    associatedtype Body: Scene
    @SceneBuilder var body: Body { get }
    init()
}
extension App {
    public static func main() {}
}
