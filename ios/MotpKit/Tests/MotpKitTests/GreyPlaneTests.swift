import MotpKit
import Testing

struct GreyPlaneTests {
    @Test func aPictureThatFitsKeepsItsSize() {
        #expect(GreyPlane.fittedSize(width: 1600, height: 1200) == (1600, 1200))
        #expect(GreyPlane.fittedSize(width: 4096, height: 10) == (4096, 10))
        #expect(GreyPlane.fittedSize(width: 0, height: 0) == (1, 1))
    }

    @Test func aLargePictureIsScaledDownKeepingItsShape() {
        let (w, h) = GreyPlane.fittedSize(width: 12000, height: 9000)
        #expect(w == 4096)
        #expect(h == 3072)
        let (tw, th) = GreyPlane.fittedSize(width: 100, height: 20000)
        #expect(th == 4096 && tw == 20)
    }
}
