// Geometry: points and axis-aligned boxes in SVG user units (x right, y
// down), shared by the report's charts and their layout tests.
#pragma once

namespace stancekb {

struct Point {
  double x = 0;
  double y = 0;
};

struct Box {
  double x = 0;  // Left.
  double y = 0;  // Top.
  double width = 0;
  double height = 0;

  double right() const { return x + width; }
  double bottom() const { return y + height; }
  // Touching edges do not overlap.
  bool Overlaps(const Box& other) const {
    return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
  }
  bool Contains(const Box& inner) const {
    return x <= inner.x && y <= inner.y && inner.right() <= right() && inner.bottom() <= bottom();
  }
};

}  // namespace stancekb
